using System.Formats.Tar;
using Orders.Pipeline.Images;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Images;

/// <summary>The runtime-deps chiseled stand-in takes from a Debian root only what the runtime needs: a fake
/// root (merged /usr, an absolute loader link, dpkg's lists) holding a shell, dpkg and apt too.</summary>
public sealed class ChiseledRootTests : IDisposable
{
    private readonly TempDirectory _root = new("orders-debian-root");

    public ChiseledRootTests()
    {
        foreach (var folder in new[] { "usr/bin", "usr/lib/x86_64-linux-gnu/gconv", "usr/lib64", "usr/sbin", "etc/ssl/certs", "var/lib/dpkg/info" })
        {
            Directory.CreateDirectory(_root.Combine(folder));
        }
        foreach (var top in new[] { "bin", "lib", "lib64", "sbin" })
        {
            File.CreateSymbolicLink(_root.Combine(top), "usr/" + top);
        }
        foreach (var file in new[] { "usr/lib/x86_64-linux-gnu/libc.so.6", "usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2", "usr/lib/x86_64-linux-gnu/gconv/UTF-7.so",
            "usr/lib/x86_64-linux-gnu/libssl.so.3", "usr/lib/x86_64-linux-gnu/libgcc_s.so.1", "usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30",
            "usr/bin/dash", "usr/bin/dpkg", "usr/bin/apt-get", "usr/lib/os-release", "etc/ssl/certs/ca-certificates.crt" })
        {
            File.WriteAllText(_root.Combine(file), file);
        }
        File.CreateSymbolicLink(_root.Combine("usr/bin/sh"), "dash");
        File.CreateSymbolicLink(_root.Combine("usr/lib64/ld-linux-x86-64.so.2"), "/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2");
        File.CreateSymbolicLink(_root.Combine("usr/lib/x86_64-linux-gnu/libstdc++.so.6"), "libstdc++.so.6.0.30");
        File.CreateSymbolicLink(_root.Combine("etc/os-release"), "../usr/lib/os-release");
        List("libc6:amd64", "/etc/ld.so.conf.d", "/lib/x86_64-linux-gnu/libc.so.6", "/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
            "/usr/lib/x86_64-linux-gnu/gconv/UTF-7.so", "/lib64/ld-linux-x86-64.so.2");
        List("libgcc-s1:amd64", "/lib/x86_64-linux-gnu/libgcc_s.so.1");
        List("libssl3:amd64", "/usr/lib/x86_64-linux-gnu/libssl.so.3");
        List("libstdc++6:amd64", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6");
        File.WriteAllText(_root.Combine("var/lib/dpkg/status"), "Package: dash\nStatus: install ok installed\n\nPackage: libc6\nStatus: install ok installed\nArchitecture: amd64\n\nPackage: dpkg\nStatus: install ok installed\n");
    }

    [Fact]
    public void Carries_the_libraries_at_their_real_place_and_no_shell_gconv_or_package_manager()
    {
        var plan = ChiseledRoot.Plan(_root.Path);
        var paths = plan.Select(e => e.Path).ToList();

        Assert.Contains("/usr/lib/x86_64-linux-gnu/libc.so.6", paths);
        Assert.Contains("/usr/lib/x86_64-linux-gnu/libgcc_s.so.1", paths);
        Assert.Contains("/usr/lib/x86_64-linux-gnu/libssl.so.3", paths);
        Assert.Equal("libstdc++.so.6.0.30", plan.Single(e => e.Path == "/usr/lib/x86_64-linux-gnu/libstdc++.so.6").LinkTarget);
        Assert.Equal("/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2", plan.Single(e => e.Path == "/usr/lib64/ld-linux-x86-64.so.2").LinkTarget);
        Assert.Equal("usr/lib64", plan.Single(e => e.Path == "/lib64").LinkTarget);
        Assert.Contains(ChiseledRoot.CertificateBundle, paths);
        Assert.DoesNotContain(paths, p => p.Contains("gconv", StringComparison.Ordinal) || p.Contains("ld.so.conf", StringComparison.Ordinal));
        Assert.Empty(ForbiddenFiles.Find(paths));
        Assert.NotEmpty(ForbiddenFiles.Find(Directory.GetFiles(_root.Combine("usr/bin")).Select(f => f[_root.Path.Length..])));
    }

    [Fact]
    public void Knows_only_root_and_app_1654_and_lists_only_the_packages_it_took()
    {
        var plan = ChiseledRoot.Plan(_root.Path).ToDictionary(e => e.Path);

        Assert.Equal("root:x:0:0:root:/root:/sbin/nologin\napp:x:1654:1654::/home/app:/bin/false\n", plan["/etc/passwd"].Content);
        Assert.Equal("root:x:0:\napp:x:1654:\n", plan["/etc/group"].Content);
        Assert.Equal("usr/lib/os-release", plan["/etc/os-release"].Content);
        Assert.Equal("Package: libc6\nStatus: install ok installed\nArchitecture: amd64\n", plan["/var/lib/dpkg/status"].Content);
    }

    [Fact]
    public void The_layer_gives_home_app_to_1654_tmp_1777_and_parents_before_children()
    {
        using var layer = new MemoryStream();
        RootArchive.Write(ChiseledRoot.Plan(_root.Path), layer);
        layer.Position = 0;

        var entries = new List<TarEntry>();
        using (var reader = new TarReader(layer))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                entries.Add(entry);
            }
        }
        var names = entries.Select(e => e.Name.TrimEnd('/')).ToList();

        var home = entries.Single(e => e.Name == "home/app/");
        Assert.Equal((1654, 1654), (home.Uid, home.Gid));
        Assert.Equal(0, entries.Single(e => e.Name == "home/").Uid);
        Assert.True(entries.Single(e => e.Name == "tmp/").Mode.HasFlag(UnixFileMode.StickyBit | UnixFileMode.OtherWrite));
        Assert.Equal(TarEntryType.SymbolicLink, entries.Single(e => e.Name == "lib").EntryType);
        Assert.True(names.IndexOf("usr/lib/x86_64-linux-gnu") < names.IndexOf("usr/lib/x86_64-linux-gnu/libc.so.6"));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void A_root_without_the_CA_bundle_is_refused_naming_the_file()
    {
        File.Delete(_root.Combine("etc/ssl/certs/ca-certificates.crt"));

        var error = Assert.Throws<InvalidDataException>(() => ChiseledRoot.Plan(_root.Path));

        Assert.Contains("ca-certificates.crt", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private void List(string package, params string[] files) =>
        File.WriteAllLines(_root.Combine("var/lib/dpkg/info", package + ".list"), ["/.", .. files]);
}
