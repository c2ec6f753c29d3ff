using Orders.Pipeline.Cli;

// The load and scaling tool. `local` is what ./build.sh --target=Local runs; `cluster` is LoadTest's;
// `smoke` is Smoke's HTTP/Prometheus half;
// `load` alone drives a profile against any URL. Usage: Orders.Pipeline <command> [--option value]...
try
{
    return await Commands.RunAsync(new CommandLine(args), CancellationToken.None);
}
catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or InvalidDataException
    or IOException or TimeoutException or Orders.Pipeline.Prometheus.PrometheusQueryException or Orders.Pipeline.Smoke.SmokeCheckException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("cancelled: every process the run started has been stopped.");
    return 130;
}
