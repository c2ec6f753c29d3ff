using Orders.Pipeline.Cli;
using Orders.Pipeline.Infrastructure;

// Every fact about the cluster and the run, one verb per job (Orders.Pipeline --help lists them). The Cake
// targets are this tool's registry (Cli/TaskRegistry, `targets --json`); each runs its verb with the run's arguments.
var (verbose, arguments) = VerboseSwitch.Read(args, Environment.GetEnvironmentVariable(VerboseSwitch.Variable));
using var stop = new RunStop(Environment.ProcessId, TimeProvider.System);
try
{
    return await Commands.RunAsync(new CommandLine(arguments), stop.Token);
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
    Console.Error.WriteLine(stop.InterruptedLine(PartialOutput.Folder));
    return stop.ExitCode;
}
catch (Exception e)
{
    return UnexpectedFailure.Report(e, verbose, Console.Error);
}
