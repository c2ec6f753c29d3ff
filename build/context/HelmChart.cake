// A chart the pipeline installs: where it comes from, the release it becomes and the version it is pinned to.
public sealed class HelmChart
{
    public HelmChart(string repositoryName, string repositoryUrl, string chartName, string release, string @namespace, string pinnedVersion)
    {
        RepositoryName = repositoryName;
        RepositoryUrl = repositoryUrl;
        Chart = repositoryName + "/" + chartName;
        Release = release;
        Namespace = @namespace;
        PinnedVersion = pinnedVersion;
    }

    public string RepositoryName { get; }
    public string RepositoryUrl { get; }
    public string Chart { get; }
    public string Release { get; }
    public string Namespace { get; }
    public string PinnedVersion { get; }
}
