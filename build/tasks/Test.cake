// Runs every test project and prints the plain line "N passed, N failed" that CI reads: dotnet test's own
// summary is per project and in a form CI does not recognise. The counts come from the TRX files, so the
// line is the sum over all projects, and a failed test fails the target after the line is printed.
Task("Test")
    .Description("Run every test project; print 'N passed, N failed'; fail on any failed test.")
    .IsDependentOn("Build")
    .Does<BuildContext>(context =>
    {
        context.CleanDirectory(context.Paths.TestResults);
        Exception runFailure = null;
        try
        {
            context.DotNetTest(context.Paths.Solution.FullPath, new DotNetTestSettings
            {
                Configuration = context.BuildConfiguration,
                NoBuild = true,
                NoRestore = true,
                Filter = string.IsNullOrEmpty(context.TestFilter) ? null : context.TestFilter,
                Loggers = new[] { "trx", "console;verbosity=normal" },
                ResultsDirectory = context.Paths.TestResults,
                // Bounded twice: a test that hangs is killed after 5 minutes and reported by name (blame), and
                // the whole run may take at most 30 minutes.
                ArgumentCustomization = args => args.Append("--blame-hang-timeout 5m --blame-hang-dump-type none"),
                ToolTimeout = TimeSpan.FromMinutes(30),
            });
        }
        catch (Exception e)
        {
            runFailure = e;
        }

        var trxFiles = context.GetFiles(context.Paths.TestResults.FullPath + "/**/*.trx");
        var totals = TrxSummary.Sum(trxFiles.Select(f => f.FullPath));
        foreach (var failed in totals.FailedTests)
        {
            context.Error("FAILED: " + failed);
        }
        Console.WriteLine($"{totals.Passed} passed, {totals.Failed} failed" + (totals.Skipped > 0 ? $", {totals.Skipped} skipped" : ""));

        if (totals.Failed > 0)
        {
            throw new CakeException($"{totals.Failed} test(s) failed; see the FAILED lines above and the TRX files in {context.Paths.TestResults}.");
        }
        if (runFailure != null)
        {
            throw new CakeException("dotnet test failed without a failed test (a crash or a build problem): " + runFailure.Message);
        }
        if (totals.Passed == 0)
        {
            throw new CakeException("No test ran: check the --test-filter expression, or that test projects exist under tests/.");
        }
    });

/// <summary>Sums the outcome counters of TRX files (the Visual Studio test results format).</summary>
public sealed class TrxSummary
{
    public int Passed { get; private set; }
    public int Failed { get; private set; }
    public int Skipped { get; private set; }
    public List<string> FailedTests { get; } = new List<string>();

    public static TrxSummary Sum(IEnumerable<string> trxPaths)
    {
        var summary = new TrxSummary();
        System.Xml.Linq.XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        foreach (var path in trxPaths)
        {
            var doc = System.Xml.Linq.XDocument.Load(path);
            foreach (var result in doc.Descendants(ns + "UnitTestResult"))
            {
                var outcome = (string)result.Attribute("outcome");
                if (outcome == "Passed") summary.Passed++;
                else if (outcome == "Failed") { summary.Failed++; summary.FailedTests.Add((string)result.Attribute("testName")); }
                else summary.Skipped++;
            }
        }
        return summary;
    }
}
