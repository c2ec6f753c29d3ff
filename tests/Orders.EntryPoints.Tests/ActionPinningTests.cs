using System.Text.RegularExpressions;
using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// Every third-party action a workflow uses is pinned by a full commit SHA (a tag can be moved to other code; a
/// commit cannot), with the version it stands for in a comment so a reader and an updater know what it is.
/// </summary>
public sealed partial class ActionPinningTests
{
    public static TheoryData<string> Workflows => new(Workflow.Names());

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_pinned_by_commit_sha_with_its_version_in_a_comment(string name)
    {
        var text = File.ReadAllLines(Path.Combine(Workflow.Directory, name));
        var uses = text.Select((line, index) => (Line: line, Number: index + 1)).Where(line => UsesLine().IsMatch(line.Line)).ToList();

        Assert.NotEmpty(uses);
        var unpinned = uses.Where(use => !IsPinned(use.Line)).Select(use => $"{name}:{use.Number}: {use.Line.Trim()}").ToList();
        Assert.True(unpinned.Count == 0, "Pin each action as owner/repo@<40-hex commit> # vX.Y.Z:\n" + string.Join('\n', unpinned));
    }

    [Theory]
    [InlineData("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2", true)]
    [InlineData("        uses: azure/setup-helm@b9e51907a09c216f16ebe8536097933489208112 # v4.3.0", true)]
    [InlineData("      - uses: ./.github/actions/local", true)]
    [InlineData("      - uses: actions/checkout@v4", false)]
    [InlineData("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", false)]
    [InlineData("      - uses: actions/checkout@11bd719 # v4.2.2", false)]
    [InlineData("      - uses: actions/checkout@main # v4.2.2", false)]
    public void Tells_a_pinned_action_from_a_movable_one(string line, bool pinned) => Assert.Equal(pinned, IsPinned(line));

    private static bool IsPinned(string line)
    {
        var use = UsesLine().Match(line);
        return use.Groups["action"].Value.StartsWith("./", StringComparison.Ordinal) || PinnedAction().IsMatch(use.Groups["action"].Value + use.Groups["rest"].Value);
    }

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s*(?<action>\S+)(?<rest>.*)$")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+(\.\d+)*\s*$")]
    private static partial Regex PinnedAction();
}
