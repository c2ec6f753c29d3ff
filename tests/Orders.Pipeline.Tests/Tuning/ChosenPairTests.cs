using System.Text.RegularExpressions;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Local;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;
using RepositoryRoot = Orders.TestSupport.RepositoryRoot;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>
/// The pair docs/scaling-window.md says Tune chose is the pair the cluster runs: the exporter job's scrape interval
/// in k8s/prometheus-values.yaml and the window of k8s/base's query, each with a comment pointing at the page.
/// Changing one without the study (or the study without the manifests) fails here.
/// </summary>
public sealed partial class ChosenPairTests
{
    private static readonly string Page = File.ReadAllText(RepositoryRoot.Combine("docs", "scaling-window.md"));

    [Fact]
    public void The_values_file_scrapes_the_exporter_at_the_chosen_interval()
    {
        var values = RepositoryRoot.Combine("k8s", "prometheus-values.yaml");

        Assert.Equal(Chosen().Scrape, ClusterScrapeInterval.Read(values));
        Assert.Contains("docs/scaling-window.md", File.ReadAllText(values), StringComparison.Ordinal);
    }

    [Fact]
    public void Our_query_reads_the_chosen_window()
    {
        var scaledObject = File.ReadAllText(RepositoryRoot.Combine("k8s", "base", "scaledobject.yaml"));
        var query = QueryLine().Match(scaledObject).Groups["query"].Value;

        Assert.Equal(Chosen().Window, QueryWindow.Of(query));
        Assert.Contains("docs/scaling-window.md", scaledObject, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chosen_row_of_the_table_is_the_pair_the_page_names()
    {
        var (scrape, window) = Chosen();
        var row = Page.Split('\n').Single(l => l.Contains("**met, chosen**", StringComparison.Ordinal)).Split('|').Select(c => c.Trim()).ToArray();

        Assert.Equal((scrape, window), (PrometheusDuration.Parse(row[1]), PrometheusDuration.Parse(row[2])));
    }

    private static (TimeSpan Scrape, TimeSpan Window) Chosen()
    {
        var match = ChosenLine().Match(Page);
        Assert.True(match.Success, "docs/scaling-window.md has no line '**Chosen: `S = ...` ..., `W = ...`'");
        return (PrometheusDuration.Parse(match.Groups["s"].Value), PrometheusDuration.Parse(match.Groups["w"].Value));
    }

    [GeneratedRegex(@"\*\*Chosen: `S = (?<s>[0-9a-z]+)`[^`]*`W = (?<w>[0-9a-z]+)`", RegexOptions.ExplicitCapture)]
    private static partial Regex ChosenLine();

    [GeneratedRegex(@"^\s*query: (?<query>.+)$", RegexOptions.Multiline | RegexOptions.ExplicitCapture)]
    private static partial Regex QueryLine();
}
