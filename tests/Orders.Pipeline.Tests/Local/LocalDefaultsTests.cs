using Orders.Pipeline.Cli;
using Orders.Pipeline.Cluster;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;
using Orders.TestSupport;
using RepositoryRoot = Orders.TestSupport.RepositoryRoot;

namespace Orders.Pipeline.Tests.Local;

/// <summary>Local scrapes at the cluster's interval unless told otherwise, and Local and LoadTest send the
/// arrivals --arrivals asks for, as the `load` verb does.</summary>
public sealed class LocalDefaultsTests
{
    private static LocalOptions Local(string root, params string[] args) => LocalOptions.From(new CommandLine(["local", "--root", root, .. args], _ => null, TextWriter.Null));

    [Fact]
    public void Scrapes_at_the_interval_the_cluster_s_values_file_sets()
    {
        using var root = new TempDirectory();
        Directory.CreateDirectory(root.Combine("k8s"));
        File.WriteAllText(root.Combine("k8s", "prometheus-values.yaml"), "server:\n  global:\n    scrape_interval: 1m30s # comment\n");

        Assert.Equal(TimeSpan.FromSeconds(90), Local(root.Path).ScrapeInterval);
    }

    [Fact]
    public void The_repository_s_values_file_gives_the_interval_Local_uses()
    {
        var values = ClusterScrapeInterval.Read(RepositoryRoot.Combine("k8s", "prometheus-values.yaml"));

        Assert.Equal(values, Local(RepositoryRoot.Path).ScrapeInterval);
        Assert.NotEqual(TimeSpan.FromSeconds(1), values);
    }

    [Fact]
    public void The_exporter_job_s_own_interval_wins_over_the_global_one()
    {
        using var root = new TempDirectory();
        Directory.CreateDirectory(root.Combine("k8s"));
        File.WriteAllText(root.Combine("k8s", "prometheus-values.yaml"),
            "server:\n  global:\n    scrape_interval: 15s\nscrapeConfigs:\n  orders-exporter:\n    scrape_interval: 5s\n    kubernetes_sd_configs:\n      - role: pod\n  kubernetes-pods:\n    scrape_interval: 1s\n");

        Assert.Equal(TimeSpan.FromSeconds(5), Local(root.Path).ScrapeInterval);
    }

    [Fact]
    public void The_global_interval_is_read_apart_from_the_exporter_job_s_and_must_be_set()
    {
        using var root = new TempDirectory();
        var file = root.Combine("values.yaml");
        File.WriteAllText(file, "server:\n  global:\n    scrape_interval: 15s\nscrapeConfigs:\n  orders-exporter:\n    scrape_interval: 5s\n    kubernetes_sd_configs: []\n");
        var unset = root.Combine("unset.yaml");
        File.WriteAllText(unset, "server:\n  global: {}\n");

        Assert.Equal(TimeSpan.FromSeconds(15), ClusterScrapeInterval.Global(file));
        var error = Assert.Throws<InvalidDataException>(() => ClusterScrapeInterval.Global(unset));
        Assert.Contains("server.global.scrape_interval: it is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_interval_of_the_exporter_job_is_named_by_its_key()
    {
        using var root = new TempDirectory();
        var file = root.Combine("values.yaml");
        File.WriteAllText(file, "server:\n  global:\n    scrape_interval: 15s\nscrapeConfigs:\n  orders-exporter:\n    scrape_interval: fast\n    kubernetes_sd_configs: []\n");

        var error = Assert.Throws<InvalidDataException>(() => ClusterScrapeInterval.Read(file));

        Assert.Contains("values.yaml:6: scrapeConfigs.orders-exporter.scrape_interval: \"fast\" is not a Prometheus duration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_timeout_is_still_Local_s_request_timeout_and_LoadTest_s_wait_timeout()
    {
        var local = Local(RepositoryRoot.Path, "--timeout", "2s");
        var cluster = ClusterOptions.From(new CommandLine(["cluster", "--root", RepositoryRoot.Path, "--timeout", "2s"], _ => null, TextWriter.Null));

        Assert.Equal(TimeSpan.FromSeconds(2), local.Load.RequestTimeout);
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2)), (cluster.Load.RequestTimeout, cluster.Cluster.WaitTimeout));
    }

    [Fact]
    public void Scrape_interval_given_wins_for_experiments()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), Local(RepositoryRoot.Path, "--scrape-interval", "1s").ScrapeInterval);
    }

    [Theory]
    [InlineData("server:\n  global: {}\n", "server.global.scrape_interval: it is not set")]
    [InlineData("server:\n  global:\n    scrape_interval: soon\n", "values.yaml:3: server.global.scrape_interval: \"soon\" is not a Prometheus duration")]
    public void A_values_file_without_a_usable_interval_names_the_key_and_the_way_out(string yaml, string message)
    {
        using var root = new TempDirectory();
        var file = root.Combine("values.yaml");
        File.WriteAllText(file, yaml);

        var error = Assert.Throws<InvalidDataException>(() => ClusterScrapeInterval.Read(file));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("--scrape-interval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Smoke_waits_30_s_at_the_cluster_s_interval_and_two_intervals_at_longer_ones()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), LocalVerb.SmokeWait(TimeSpan.FromSeconds(15)));
        Assert.Equal(TimeSpan.FromSeconds(120), LocalVerb.SmokeWait(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Local_sends_the_arrivals_asked_for()
    {
        Assert.Equal(LoadArrivals.Constant, Local(RepositoryRoot.Path, "--arrivals", "constant").Load.ArrivalProcess);
        Assert.Equal(LoadArrivals.Poisson(42), Local(RepositoryRoot.Path, "--arrivals", "poisson:42").Load.ArrivalProcess);
        Assert.Equal(LoadArrivals.Poisson(LoadArrivals.DefaultSeed), Local(RepositoryRoot.Path, "--arrivals", "poisson").Load.ArrivalProcess);
    }

    [Fact]
    public void Local_sends_Poisson_arrivals_with_a_fresh_seed_by_default()
    {
        // Twenty runs draw twenty seeds out of a million: all equal only if the seed were fixed (a chance of 1e-114).
        var seeds = Enumerable.Range(0, 20).Select(_ => Local(RepositoryRoot.Path).Load.ArrivalProcess).ToList();

        Assert.All(seeds, a => Assert.True(a.IsPoisson, $"{a} is not Poisson"));
        Assert.True(seeds.Select(a => a.Seed).Distinct().Count() > 1, "every default run drew the same seed");
        // The printed form repeats the run: it parses back to the same arrivals.
        Assert.Equal(seeds[0], LoadArrivals.Parse(seeds[0].ToString()));
    }

    [Fact]
    public void Local_holds_the_middle_of_the_5_replica_band_by_default_and_names_the_boundary()
    {
        var middle = Local(RepositoryRoot.Path).Profile;
        var boundary = Local(RepositoryRoot.Path, "--profile", "boundary").Profile;
        var spec = new Orders.Pipeline.Scaling.ScaledObjectSpec("orders", null, new Orders.Pipeline.Scaling.PrometheusTrigger("http://p", "q", 10), 2, 6);

        // 45/s held: 5 replicas hold (ratio 0.9, within the tolerance), 6 do not (0.75), and 4 do not (1.125).
        Assert.Equal(45, middle.RateAt(middle.Hold!.Value.Start));
        Assert.Equal(5, spec.ReplicasFor(45));
        Assert.False(spec.Holds(45, 6) || spec.Holds(45, 4));
        // The boundary: the same shape at 50/s, where a reading just above 50 asks for 6.
        Assert.Equal(50, boundary.RateAt(boundary.Hold!.Value.Start));
        Assert.Equal(middle.Duration, boundary.Duration);
        Assert.Equal(6, spec.ReplicasFor(50.5, 2));
    }

    [Fact]
    public void LoadTest_sends_the_arrivals_asked_for()
    {
        var options = ClusterOptions.From(new CommandLine(["cluster", "--root", RepositoryRoot.Path, "--arrivals=poisson"], _ => null, TextWriter.Null));

        Assert.Equal(LoadArrivals.Poisson(LoadArrivals.DefaultSeed), options.Load.ArrivalProcess);
    }

    [Fact]
    public void Bad_arrivals_are_refused_naming_the_option()
    {
        var error = Assert.Throws<FormatException>(() => Local(RepositoryRoot.Path, "--arrivals", "bursty"));

        Assert.Contains("--arrivals 'bursty'", error.Message, StringComparison.Ordinal);
    }
}
