// The default image tag: the commit's short SHA, so an image names the code it holds; outside a git
// checkout (a source archive) a UTC timestamp, so two builds never share a tag.
public static class GitVersionTag
{
    public static string Read(ICakeContext context)
    {
        try
        {
            var sha = new CliRunner<GitSettings>(context, "git", _ => "git")
                .Run(new GitSettings { ToolTimeout = TimeSpan.FromSeconds(10) }, new ProcessArgumentBuilder().Append("rev-parse").Append("--short").Append("HEAD"), captureOutput: true)
                ?.Trim();
            if (!string.IsNullOrEmpty(sha))
            {
                return sha;
            }
        }
        catch (Exception e) when (e is CakeException || e is TimeoutException)
        {
            context.Log.Information("No git commit to tag images with ({0}): using a timestamp.", e.Message);
        }
        return DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
    }
}
