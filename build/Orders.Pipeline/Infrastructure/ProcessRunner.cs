using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Orders.Pipeline.Infrastructure;

/// <summary>Runs tools as real processes (see <see cref="IProcessRunner"/>).</summary>
public sealed class ProcessRunner(TextWriter output) : IProcessRunner
{
    public async Task<ToolResult> RunAsync(ToolCall call, CancellationToken cancellationToken)
    {
        if (!call.Quiet)
        {
            output.WriteLine(call.Display);
        }
        using var process = Start(call, redirectOutput: call.CaptureOutput);
        var stdout = call.CaptureOutput ? process.StandardOutput.ReadToEndAsync(CancellationToken.None) : Task.FromResult("");
        var stderr = call.CaptureOutput ? process.StandardError.ReadToEndAsync(CancellationToken.None) : Task.FromResult("");
        if (call.StandardInput is not null)
        {
            await process.StandardInput.WriteAsync(call.StandardInput);
            process.StandardInput.Close();
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(call.Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new ToolFailedException($"{call.Display[2..]} did not finish within {Describe(call.Timeout)} and was stopped (with every process it started). "
                + "Its last lines above show where it hung; a slow cluster may need a longer --wait-timeout.");
        }
        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }

    public IRunningTool Start(ToolCall call, Action<string> onLine)
    {
        output.WriteLine(call.Display + " &");
        var process = Start(call, redirectOutput: true);
        // Its errors (kubectl's "services ... not found", the registry's log) go to the output, not nowhere.
        var tool = Path.GetFileName(call.Tool);
        return new RunningTool(process, onLine, line =>
        {
            lock (output)
            {
                output.WriteLine($"{tool}: {call.Redact(line)}");
            }
        });
    }

    private static Process Start(ToolCall call, bool redirectOutput)
    {
        var start = new ProcessStartInfo(call.Tool)
        {
            UseShellExecute = false,
            RedirectStandardOutput = redirectOutput,
            RedirectStandardError = redirectOutput,
            RedirectStandardInput = call.StandardInput is not null,
            StandardOutputEncoding = redirectOutput ? Encoding.UTF8 : null,
            WorkingDirectory = call.WorkingDirectory ?? System.Environment.CurrentDirectory,
        };
        foreach (var argument in call.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in call.Environment)
        {
            start.Environment[name] = value;
        }
        try
        {
            return Process.Start(start) ?? throw new ToolFailedException($"{call.Tool} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new ToolFailedException($"{call.Tool} could not be started ({e.Message}): is it installed and on PATH? ./build.sh --target=Preflight names what is missing.", e);
        }
    }

    private static string Describe(TimeSpan timeout) =>
        timeout >= TimeSpan.FromMinutes(1) ? $"{timeout.TotalMinutes:0.#} min" : $"{timeout.TotalSeconds:0} s";

    private sealed class RunningTool : IRunningTool
    {
        private readonly Process _process;
        private readonly Task _pumps;

        public RunningTool(Process process, Action<string> onLine, Action<string> onError)
        {
            _process = process;
            _pumps = Task.WhenAll(Pump(process.StandardOutput, onLine), Pump(process.StandardError, onError));
            Exited = Task.WhenAll(_pumps, process.WaitForExitAsync());
        }

        public bool HasExited => _process.HasExited;

        public Task Exited { get; }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await ProcessTree.StopAsync(_process, _pumps);
            }
            finally
            {
                _process.Dispose();
            }
        }

        private static async Task Pump(StreamReader reader, Action<string> onLine)
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                onLine(line);
            }
        }
    }
}
