namespace Orders.Pipeline.Images;

/// <summary>
/// Every file and symbolic link in a mounted image (<c>podman image mount</c>), as paths from the image's root.
/// Links are listed, never followed: /bin -> usr/bin would list a folder twice, and an absolute link points
/// into the host, not the image.
/// </summary>
public static class ImageListing
{
    public static IReadOnlyList<string> Read(string mountPath)
    {
        var files = new List<string>();
        var folders = new Stack<string>([mountPath]);
        while (folders.Count > 0)
        {
            foreach (var entry in new DirectoryInfo(folders.Pop()).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo && entry.LinkTarget is null)
                {
                    folders.Push(entry.FullName);
                }
                else
                {
                    files.Add(entry.FullName[mountPath.TrimEnd('/').Length..]);
                }
            }
        }
        return files;
    }
}
