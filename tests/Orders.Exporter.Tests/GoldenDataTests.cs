using System.Globalization;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>
/// Sample logs in TestData/*.txt with the expected series beside them (*.expected). Every listed series must
/// have that value, and for each metric listed no other series of it may be non-zero.
/// </summary>
public sealed class GoldenDataTests
{
    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData"), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_sample_log_gives_exactly_the_expected_series(string sample)
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(AppContext.BaseDirectory, "TestData");
        File.Copy(Path.Combine(data, sample + ".txt"), dir.Combine("access.txt"));
        using var exporter = new ExporterHarness(dir.Path);

        await exporter.PollAsync();

        var actual = await exporter.MetricsAsync();
        var expected = File.ReadAllLines(Path.Combine(data, sample + ".expected"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => (Series: l[..l.LastIndexOf(' ')], Value: double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
            .ToList();
        foreach (var (series, value) in expected)
        {
            Assert.Equal(value, actual.Get(series), 9);
        }

        foreach (var name in expected.Select(e => e.Series.Split('{')[0]).Distinct())
        {
            var unexpected = actual.Where(a => a.Key.Split('{')[0] == name && a.Value != 0 && expected.All(e => e.Series != a.Key)
                                               && !a.Key.Contains("le=", StringComparison.Ordinal) && !a.Key.StartsWith("http_request_duration_seconds_", StringComparison.Ordinal));
            Assert.Empty(unexpected);
        }
    }
}
