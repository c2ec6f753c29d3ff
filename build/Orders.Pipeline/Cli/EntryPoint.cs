using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli;

/// <summary>
/// The one entry point of Orders.Pipeline and of the scaledobject-replay tool: runs a command line, stops every
/// process it started on Ctrl+C, and turns the errors a verb expects (bad input, a tool that failed) into one line
/// and exit code 2; anything else into <see cref="UnexpectedFailure"/>'s line, never a bare stack trace.
/// </summary>
public static class EntryPoint
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var (verbose, arguments) = VerboseSwitch.Read(args, Environment.GetEnvironmentVariable(VerboseSwitch.Variable));
        using var stop = new RunStop(Environment.ProcessId, TimeProvider.System);
        try
        {
            return await Commands.RunAsync(new CommandLine(arguments), stop.Token);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or InvalidDataException
            or IOException or TimeoutException or Prometheus.PrometheusQueryException or Smoke.SmokeCheckException
            or ToolFailedException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine(stop.InterruptedLine(PartialOutput.Report, PartialOutput.Folder));
            return stop.ExitCode;
        }
        catch (Exception e)
        {
            return UnexpectedFailure.Report(e, verbose, Console.Error);
        }
    }
}
