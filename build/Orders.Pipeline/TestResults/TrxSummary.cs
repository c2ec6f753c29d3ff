using System.Xml.Linq;

namespace Orders.Pipeline.TestResults;

/// <summary>The outcome counters of TRX files (the Visual Studio test results format dotnet test writes),
/// summed over every test project, so CI reads one line for the whole run.</summary>
public sealed record TrxSummary(int Passed, int Failed, int Skipped, IReadOnlyList<string> FailedTests)
{
    private static readonly XNamespace TeamTest = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>The plain line CI reads: "N passed, N failed" (", N skipped" when any were).</summary>
    public string Line => $"{Passed} passed, {Failed} failed" + (Skipped > 0 ? $", {Skipped} skipped" : "");

    public static TrxSummary Sum(IEnumerable<string> trxPaths)
    {
        int passed = 0, failed = 0, skipped = 0;
        var failedTests = new List<string>();
        foreach (var path in trxPaths)
        {
            XDocument document;
            try
            {
                document = XDocument.Load(path);
            }
            catch (System.Xml.XmlException e)
            {
                throw new InvalidDataException($"{path}:{e.LineNumber}: not a readable TRX file ({e.Message}); a test run that crashed may have cut it short.", e);
            }
            foreach (var result in document.Descendants(TeamTest + "UnitTestResult"))
            {
                switch ((string?)result.Attribute("outcome"))
                {
                    case "Passed":
                        passed++;
                        break;
                    case "Failed":
                        failed++;
                        failedTests.Add((string?)result.Attribute("testName") ?? "(unnamed test)");
                        break;
                    default:
                        skipped++;
                        break;
                }
            }
        }
        return new TrxSummary(passed, failed, skipped, failedTests);
    }
}
