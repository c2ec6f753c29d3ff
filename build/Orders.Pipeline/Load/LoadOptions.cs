using Orders.Pipeline.Cli;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Load;

/// <summary>Limits of one run.</summary>
/// <param name="MaxConcurrency">Requests in flight at most; one more that is due is dropped and counted,
/// never delayed (delaying would turn the open model into a closed one and hide the server's slowness).</param>
/// <param name="Timeout">Per request; a request without a response by then counts as a timeout.</param>
/// <param name="Arrivals">Evenly spaced (the default) or Poisson, see <see cref="LoadArrivals"/>.</param>
public sealed record LoadOptions(int MaxConcurrency = 256, TimeSpan? Timeout = null, LoadArrivals? Arrivals = null)
{
    public TimeSpan RequestTimeout => Timeout ?? TimeSpan.FromSeconds(5);

    public LoadArrivals ArrivalProcess => Arrivals ?? LoadArrivals.Constant;

    /// <summary>--concurrency, --request-timeout and --arrivals, as every verb that sends a load reads them. Where
    /// <paramref name="timeoutWasRequestTimeout"/> (Local and the load verb, which run no deployment), the old
    /// --timeout still means the request timeout it always meant there; for LoadTest it is the
    /// deployment's --wait-timeout it also was, through <see cref="O.Renamed"/>. A verb with arrivals of its own
    /// (Local's <see cref="O.LocalArrivals"/>) passes them as <paramref name="arrivals"/>.</summary>
    public static LoadOptions From(CommandLine args, bool timeoutWasRequestTimeout, LoadArrivals? arrivals = null)
    {
        var requestTimeout = timeoutWasRequestTimeout && args.Given(O.RequestTimeout) is null && args.Optional("timeout") is { } old
            ? DurationGrammar.Parse("timeout", old)
            : args.Duration(O.RequestTimeout);
        return new LoadOptions(args.Int(O.Concurrency), requestTimeout, arrivals ?? LoadArrivals.Parse(args.Text(O.Arrivals)!));
    }
}
