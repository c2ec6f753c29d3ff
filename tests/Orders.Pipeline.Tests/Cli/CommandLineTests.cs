using Orders.Pipeline.Cli;

namespace Orders.Pipeline.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Reads_both_option_forms_flags_and_durations()
    {
        var args = new CommandLine(["local", "--profile", "10s:5", "--app-port=18181", "--observe", "90s", "--help"]);

        Assert.Equal("local", args.Command);
        Assert.Equal("10s:5", args.String("profile", ""));
        Assert.Equal(18181, args.Int("app-port", 0));
        Assert.Equal(TimeSpan.FromSeconds(90), args.Duration("observe", TimeSpan.Zero));
        Assert.True(args.Flag("help"));
        Assert.Equal(9090, args.Int("prometheus-port", 9090));
        args.ThrowOnUnknown();
    }

    [Fact]
    public void A_typo_or_a_bad_value_is_an_error_naming_the_option()
    {
        var typo = new CommandLine(["local", "--prometheus-prot", "9090"]);
        typo.Int("prometheus-port", 9090);
        Assert.Contains("--prometheus-prot", Assert.Throws<ArgumentException>(typo.ThrowOnUnknown).Message, StringComparison.Ordinal);

        var bad = new CommandLine(["local", "--app-port", "eighty"]);
        Assert.Contains("--app-port 'eighty'", Assert.Throws<ArgumentException>(() => bad.Int("app-port", 0)).Message, StringComparison.Ordinal);
    }
}
