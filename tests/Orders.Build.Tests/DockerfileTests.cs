using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// The images cannot be built here (no Docker engine), so this proves what a build needs from the context:
/// every path the two Dockerfiles COPY exists in the repository (the context DockerBuild passes is the root).
/// The exact build commands are asserted by ApplyCommandTests and RegistryLoginTests.
/// </summary>
public sealed class DockerfileTests
{
    public static TheoryData<string> Dockerfiles => new(new[] { "app/Dockerfile", "sidecar/Dockerfile" });

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Every_path_a_Dockerfile_copies_exists_in_the_repository(string dockerfile)
    {
        var path = Path.Combine(RepositoryRoot.Path, dockerfile);
        Assert.True(File.Exists(path), $"{dockerfile} is missing: DockerBuild builds an image from it.");

        var sources = DockerfileCopySources.Read(path);

        Assert.NotEmpty(sources);
        var missing = sources.Where(s => !DockerfileCopySources.Exists(RepositoryRoot.Path, s.Source)).Select(s => $"{dockerfile}:{s.Line} COPY {s.Source}");
        Assert.Empty(missing);
        var dockerignore = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".dockerignore"));
        var ignored = sources.Where(s => DockerfileCopySources.IsIgnored(dockerignore, s.Source)).Select(s => $"{dockerfile}:{s.Line} COPY {s.Source}");
        Assert.Empty(ignored);
    }

    /// <summary>The shipped stage names its source, commit, version, licence and title (OCI image-spec
    /// annotations); the three that change per build come from build ARGs the pipeline passes.</summary>
    [Theory]
    [InlineData("app/Dockerfile", "orders-app")]
    [InlineData("sidecar/Dockerfile", "orders-exporter")]
    public void The_shipped_stage_carries_the_OCI_labels_with_per_build_values_from_build_args(string dockerfile, string image)
    {
        var (labels, args) = DockerfileLabels.ReadFinalStage(Path.Combine(RepositoryRoot.Path, dockerfile));

        Assert.Equal(image, labels.GetValueOrDefault("org.opencontainers.image.title"));
        Assert.Equal(License, labels.GetValueOrDefault("org.opencontainers.image.licenses"));
        foreach (var (key, arg) in new[] { ("source", "SOURCE"), ("revision", "REVISION"), ("version", "VERSION") })
        {
            Assert.Equal("${" + arg + "}", labels.GetValueOrDefault("org.opencontainers.image." + key));
            Assert.True(args.Contains(arg), $"{dockerfile}: the label {key} reads ${{{arg}}}, but the last stage declares no ARG {arg} (an ARG before FROM is not visible after it).");
        }
    }

    [Fact]
    public void The_licence_the_images_name_is_the_repository_LICENSE()
    {
        var license = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "LICENSE"));

        Assert.Contains("Apache License", license, StringComparison.Ordinal);
        Assert.Contains("Version 2.0, January 2004", license, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_are_read_from_the_last_stage_only_with_continuations_and_quotes()
    {
        // Given
        using var context = new TempDirectory("orders-dockerfile");
        File.WriteAllText(context.Combine("Dockerfile"), """
            ARG VERSION
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            LABEL org.opencontainers.image.title="build-only"
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            ARG REVISION=unknown
            LABEL org.opencontainers.image.title="orders-app" \
                  org.opencontainers.image.revision="${REVISION}" org.opencontainers.image.version=${VERSION}
            """);

        // When
        var (labels, args) = DockerfileLabels.ReadFinalStage(context.Combine("Dockerfile"));

        // Then
        Assert.Equal(new Dictionary<string, string>
        {
            ["org.opencontainers.image.title"] = "orders-app",
            ["org.opencontainers.image.revision"] = "${REVISION}",
            ["org.opencontainers.image.version"] = "${VERSION}",
        }, labels);
        Assert.Equal(["REVISION"], args);
    }

    /// <summary>The SPDX identifier of the repository's LICENSE, as the images state it.</summary>
    private const string License = "Apache-2.0";

    [Fact]
    public void A_copied_path_missing_from_the_context_is_reported_with_its_line_and_stage_copies_are_not_checked()
    {
        // Given
        using var context = new TempDirectory("orders-dockerfile");
        Directory.CreateDirectory(context.Combine("app"));
        File.WriteAllText(context.Combine("app", "Orders.App.csproj"), "<Project />");
        File.WriteAllText(context.Combine("Dockerfile"), """
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            COPY ["app/Orders.App.csproj", "app/"]
            COPY --chown=1000:1000 global.json \
                 Directory.Build.props ./
            ADD app/*.csproj /src/
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            COPY --from=build /app/publish /app
            """);

        // When
        var sources = DockerfileCopySources.Read(context.Combine("Dockerfile"));

        // Then
        Assert.Equal([(2, "app/Orders.App.csproj"), (3, "global.json"), (3, "Directory.Build.props"), (5, "app/*.csproj")], sources);
        Assert.Equal(["global.json", "Directory.Build.props"], sources.Where(s => !DockerfileCopySources.Exists(context.Path, s.Source)).Select(s => s.Source));
    }

    [Theory]
    [InlineData("artifacts/publish/app", true)]
    [InlineData("app/bin/Release/x.dll", true)]
    [InlineData("app/", false)]
    [InlineData("app/Orders.App.csproj", false)]
    [InlineData("global.json", false)]
    public void The_repository_dockerignore_keeps_outputs_out_of_the_context_and_project_sources_in(string source, bool ignored)
    {
        var dockerignore = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".dockerignore"));

        Assert.Equal(ignored, DockerfileCopySources.IsIgnored(dockerignore, source));
    }
}
