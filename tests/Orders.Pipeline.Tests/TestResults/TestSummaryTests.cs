using Orders.Pipeline.TestResults;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.TestResults;

/// <summary>test-summary: one "N passed, N failed" line over every project's TRX file; a failure, a run that
/// did not finish a test (Error, Timeout, Aborted), no test at all, or in CI a skip, fails it.</summary>
public sealed class TestSummaryTests : IDisposable
{
    private readonly TempDirectory _results = new("trx");
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public void Dispose() => _results.Dispose();

    [Fact]
    public void Sums_every_projects_results_into_one_line()
    {
        Trx("a/App.trx", ("A.one", "Passed"), ("A.two", "Passed"));
        Trx("b/Exporter.trx", ("B.one", "Passed"), ("B.skip", "NotExecuted"));

        var exitCode = TestSummaryVerb.Run(_results.Path, failOnSkipped: false, _output, _errors);

        Assert.Equal(0, exitCode);
        Assert.Equal("3 passed, 0 failed, 1 skipped", _output.ToString().Trim());
    }

    [Fact]
    public void A_failed_test_is_named_and_fails_the_summary()
    {
        Trx("App.trx", ("A.one", "Passed"), ("A.broken", "Failed"));

        var exitCode = TestSummaryVerb.Run(_results.Path, failOnSkipped: false, _output, _errors);

        Assert.Equal(1, exitCode);
        Assert.Equal("1 passed, 1 failed", _output.ToString().Trim());
        Assert.Contains("FAILED: A.broken", _errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_test_at_all_fails_instead_of_looking_green()
    {
        var exitCode = TestSummaryVerb.Run(_results.Path, failOnSkipped: false, _output, _errors);

        Assert.Equal(1, exitCode);
        Assert.Equal("0 passed, 0 failed", _output.ToString().Trim());
        Assert.Contains("No test ran", _errors.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Error")]
    [InlineData("Timeout")]
    [InlineData("Aborted")]
    [InlineData("Inconclusive")]
    public void An_outcome_that_is_neither_a_pass_nor_a_skip_is_a_failure(string outcome)
    {
        Trx("App.trx", ("A.one", "Passed"), ("A.hung", outcome));

        var exitCode = TestSummaryVerb.Run(_results.Path, failOnSkipped: false, _output, _errors);

        Assert.Equal(1, exitCode);
        Assert.Equal("1 passed, 1 failed", _output.ToString().Trim());
        Assert.Contains($"FAILED: A.hung ({outcome})", _errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_skip_is_named_with_its_reason_and_passes_outside_CI()
    {
        TrxSample("xunit-skipped.trx");

        var exitCode = TestSummaryVerb.Run(_results.Path, failOnSkipped: false, _output, _errors);

        Assert.Equal(0, exitCode);
        Assert.Equal("1 passed, 0 failed, 1 skipped", _output.ToString().Trim());
        Assert.Contains("SKIPPED: Orders.EntryPoints.Tests.ShellcheckTests.Every_shell_script_of_the_repository_passes_shellcheck: needs shellcheck: ",
            _errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void In_CI_a_skip_fails_the_summary_and_says_what_to_install()
    {
        TrxSample("xunit-skipped.trx");

        var exitCode = TestSummaryVerb.Run(_results.Path, failOnSkipped: true, _output, _errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("needs shellcheck: apt-get install", _errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 test(s) skipped in CI", _errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void In_CI_a_run_without_skips_passes()
    {
        Trx("App.trx", ("A.one", "Passed"));

        Assert.Equal(0, TestSummaryVerb.Run(_results.Path, failOnSkipped: true, _output, _errors));
    }

    // A TRX file as dotnet test's logger wrote it (TestData/Trx), copied under the results folder.
    private void TrxSample(string name) =>
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "Trx", name), _results.Combine(name));

    private void Trx(string name, params (string Test, string Outcome)[] results)
    {
        var path = _results.Combine(name.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                {string.Concat(results.Select(r => $"<UnitTestResult testName=\"{r.Test}\" outcome=\"{r.Outcome}\" />"))}
              </Results>
            </TestRun>
            """);
    }
}
