using Orders.Pipeline.Cli;
using Orders.Pipeline.Infrastructure;

// Every fact about the cluster and the run, one verb per job (Orders.Pipeline --help lists them); the Cake
// targets each call one verb with the arguments they were given.
try
{
    return await Commands.RunAsync(new CommandLine(args), CancellationToken.None);
}
catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or InvalidDataException
    or IOException or TimeoutException or Orders.Pipeline.Prometheus.PrometheusQueryException or Orders.Pipeline.Smoke.SmokeCheckException
    or Orders.Pipeline.Infrastructure.ToolFailedException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("cancelled: every process the run started has been stopped.");
    return 130;
}
