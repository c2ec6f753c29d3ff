using Orders.Pipeline.Images;

namespace Orders.Pipeline.Tests.Images;

public sealed class DebianMirrorTests
{
    [Fact]
    public void Reads_the_bookworm_uri_of_a_deb822_sources_file_and_skips_security()
    {
        const string Sources = """
            Types: deb
            URIs: http://security.example/debian-security
            Suites: bookworm-security
            Components: main

            Types: deb
            URIs: http://mirror.example/debian http://other.example/debian
            Suites: bookworm bookworm-updates
            Components: main
            """;

        Assert.Equal("http://mirror.example/debian", DebianMirror.FromText(Sources));
    }

    [Fact]
    public void Reads_a_one_line_sources_list_entry_with_options()
    {
        const string List = """
            # deb http://commented.example/debian bookworm main
            deb [arch=amd64 signed-by=/k.gpg] http://mirror.example/debian bookworm main
            deb http://mirror.example/debian bookworm-updates main
            """;

        Assert.Equal("http://mirror.example/debian", DebianMirror.FromText(List));
    }

    [Fact]
    public void Finds_nothing_when_no_entry_serves_bookworm()
    {
        Assert.Null(DebianMirror.FromText("deb http://mirror.example/debian trixie main\n"));
    }

    [Fact]
    public void Find_names_the_folder_it_read_when_there_is_no_mirror()
    {
        using var apt = new TempDirectory();
        File.WriteAllText(Path.Combine(apt.Path, "sources.list"), "deb http://mirror.example/debian trixie main\n");

        var error = Assert.Throws<InvalidOperationException>(() => DebianMirror.Find(apt.Path));

        Assert.Contains(apt.Path, error.Message, StringComparison.Ordinal);
    }
}
