using Orders.Pipeline.Load;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>A verb without a Cake target: bench/loadtest-rate.sh runs it directly.</summary>
[VerbName("load")]
[TaskDescription("Only the load: the profile against --url.")]
public sealed class LoadVerbTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options => [O.LoadUrl, O.LoadProfile, .. O.Load];

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var url = args.Url(O.LoadUrl)!;
        var profile = LoadProfile.Parse(args.Text(O.LoadProfile)!);
        var endpoint = LoadEndpoint.Parse(args.Text(O.Endpoint)!);
        var options = LoadOptions.From(args, timeoutWasRequestTimeout: true); // bench/loadtest-rate.sh passes --timeout
        args.ThrowOnUnknown();
        using var sender = new HttpRequestSender(url, endpoint, options.MaxConcurrency, options.RequestTimeout);
        using var cancel = Bound(profile.Duration + TimeSpan.FromMinutes(5), cancellationToken);
        var result = await new LoadEngine(sender, options, TimeProvider.System, Console.Out).RunAsync(profile, cancel.Token);
        Console.WriteLine($"scheduled {result.Scheduled}, sent {result.Sent}, ok {result.Ok}, errors {result.Errors}, timeouts {result.Timeouts}, dropped {result.Dropped}");
        return result.Errors + result.Timeouts + result.Dropped == 0 ? 0 : 1;
    }
}
