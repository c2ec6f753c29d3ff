namespace Orders.TestSupport;

/// <summary>
/// The external programs tests need, each with the one way to get it. A test that needs one says so with
/// <see cref="ToolFactAttribute"/> or <see cref="ToolTheoryAttribute"/>, so a missing tool skips the same tests
/// on every machine, with the install command as the reason, instead of failing some and skipping others.
/// In CI (CI=true) test-summary fails the run on any skip, so a CI machine cannot lose tests quietly.
/// </summary>
public static class RequiredTool
{
    private static readonly Dictionary<string, string> InstallHints = new(StringComparer.Ordinal)
    {
        ["kubectl"] = Kubectl.InstallHint,
        ["prometheus"] = PrometheusServer.InstallHint,
        ["promtool"] = PrometheusServer.InstallHint,
        ["shellcheck"] = "apt-get install -y shellcheck (.ci/run does)",
        ["jq"] = "apt-get install -y jq (.ci/run does)",
        ["curl"] = "apt-get install -y curl (.ci/run does)",
        ["script"] = "apt-get install -y bsdutils (util-linux's script, for a terminal with job control)",
    };

    /// <summary>"needs X: how to install it" for each of <paramref name="tools"/> not on PATH, or null when all are.</summary>
    public static string? SkipReason(params string[] tools)
    {
        var missing = tools.Where(tool => ExecutableOnPath.Find(Checked(tool)) is null).ToList();
        return missing.Count == 0
            ? null
            : string.Join("; ", missing.Select(tool => $"needs {tool}: {InstallHints[tool]}"));
    }

    /// <summary>True when every one of <paramref name="tools"/> is on PATH: a fixture starts nothing otherwise,
    /// since every test that uses it is skipped.</summary>
    public static bool AreOnPath(params string[] tools) => SkipReason(tools) is null;

    private static string Checked(string tool) => InstallHints.ContainsKey(tool)
        ? tool
        : throw new ArgumentException($"No install hint for '{tool}': add it to {nameof(RequiredTool)}'s list.", nameof(tool));
}
