using System.Text.RegularExpressions;
using Orders.Pipeline.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>The image tag names the commit, plus a marker and a hash of the changes when the tree is dirty, so a
/// redeploy after an edit never reuses a tag; and DockerBuild passes the OCI labels' build arguments.</summary>
public sealed partial class ImageTagTests : IDisposable
{
    private readonly TempDirectory _root = new("image-tag");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_clean_tree_is_tagged_with_the_short_commit()
    {
        Assert.Equal("abc1234", await TagAsync(status: "", diff: ""));
    }

    [Fact]
    public async Task A_dirty_tree_gets_a_marker_and_a_hash_that_follows_the_changes()
    {
        var first = await TagAsync(status: " M app/Program.cs", diff: "diff --git a/app/Program.cs\n+one");
        var same = await TagAsync(status: " M app/Program.cs", diff: "diff --git a/app/Program.cs\n+one");
        var other = await TagAsync(status: " M app/Program.cs", diff: "diff --git a/app/Program.cs\n+two");

        Assert.Matches(DirtyTag(), first);
        Assert.Equal(first, same);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task An_untracked_files_content_changes_the_hash()
    {
        File.WriteAllText(_root.Combine("new.cs"), "one");
        var first = await TagAsync(status: "?? new.cs", diff: "", untracked: "new.cs\0");
        File.WriteAllText(_root.Combine("new.cs"), "two");
        var second = await TagAsync(status: "?? new.cs", diff: "", untracked: "new.cs\0");

        Assert.Matches(DirtyTag(), first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task DockerBuild_passes_source_version_and_revision_as_build_arguments()
    {
        File.WriteAllText(_root.Combine("Directory.Build.props"), "<Project><PropertyGroup><RepositoryUrl>https://forge.example/team/orders</RepositoryUrl></PropertyGroup></Project>");
        foreach (var dockerfile in ImageDefinition.All.Select(i => i.Dockerfile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_root.Combine(dockerfile))!);
            File.WriteAllText(_root.Combine(dockerfile), "FROM scratch\n");
        }
        var runner = new FakeProcessRunner().Answer("git rev-parse HEAD", "0123456789abcdef0123456789abcdef01234567\n");

        await new ImageBuildVerb(TestCluster.Settings(_root.Path, "--registry=localhost:5001", "--image-tag=t1"), runner, TimeProvider.System).RunAsync(CancellationToken.None);

        Assert.All(runner.CommandLines.Where(c => c.StartsWith("docker build", StringComparison.Ordinal)), build => Assert.Contains(
            "--build-arg SOURCE=https://forge.example/team/orders --build-arg VERSION=t1 --build-arg REVISION=0123456789abcdef0123456789abcdef01234567 ", build, StringComparison.Ordinal));
    }

    private async Task<string> TagAsync(string status, string diff, string untracked = "")
    {
        var runner = new FakeProcessRunner()
            .Answer("git rev-parse --short HEAD", "abc1234\n")
            .Answer("git status", status)
            .Answer("git diff HEAD", diff)
            .Answer("git ls-files", untracked);
        return await ImageTag.ResolveAsync(TestCluster.Settings(_root.Path), runner, startNew: false, TimeProvider.System, CancellationToken.None);
    }

    [GeneratedRegex(@"\Aabc1234-dirty-[0-9a-f]{8}\z")]
    private static partial Regex DirtyTag();
}
