namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>A fact that is skipped, with the reason and the install command, where shellcheck is not installed.</summary>
public sealed class ShellcheckFactAttribute : FactAttribute
{
    public ShellcheckFactAttribute()
    {
        if (!Shellcheck.IsOnPath)
        {
            Skip = Shellcheck.MissingMessage;
        }
    }
}
