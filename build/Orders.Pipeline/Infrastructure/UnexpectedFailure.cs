namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// What the entry point prints for an exception no verb expected (a bug, or a case nobody foresaw): one line
/// naming it and where it was thrown, and what to do next, instead of the runtime's "Unhandled exception" and
/// exit code 134 (SIGABRT). The stack trace only when asked for (<see cref="VerboseSwitch"/>).
/// </summary>
public static class UnexpectedFailure
{
    /// <summary>The exit code of a run that failed, as for every other error the tool reports.</summary>
    public const int ExitCode = 2;

    public static int Report(Exception exception, bool verbose, TextWriter error)
    {
        var where = exception.TargetSite is { } site ? $" in {site.DeclaringType?.Name}.{site.Name}" : "";
        error.WriteLine($"error: unexpected {exception.GetType().Name}{where}: {OneLine(exception.Message)} "
            + (verbose
                ? "(stack trace below). Please report it with this output."
                : $"Run again with {VerboseSwitch.Option} (or {VerboseSwitch.Variable}=1) for the stack trace, and report it."));
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }
        return ExitCode;
    }

    private static string OneLine(string text) => string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
