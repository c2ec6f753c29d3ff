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
}
