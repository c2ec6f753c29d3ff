namespace Orders.TestSupport;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory(string prefix = "orders-tests") : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix + "-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process the test started may still hold a file for a moment; the OS cleans temp folders eventually.
        }
    }
}
