using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli;

/// <summary>The one URL grammar of every option: an absolute http(s) URL, kept with a trailing '/' so that
/// relative paths (<c>/product</c>, <c>api/v1/query</c>) resolve under it. A URL carrying user info
/// (<c>https://user:pass@host/</c>) is refused: the URL is printed in reports and errors, so a password in it
/// would leak; credentials go through the basic-auth options, which never print the password.</summary>
public static class UrlGrammar
{
    public static Uri Parse(string option, string text)
    {
        var withSlash = text.EndsWith('/') ? text : text + "/";
        var parsed = Uri.TryCreate(withSlash, UriKind.Absolute, out var url);
        if (parsed && url!.UserInfo.Length > 0 || !parsed && text.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"--{option} holds a user name or password (user:pass@host), which would be printed in reports and errors: "
                + $"drop it from the URL and pass --{O.BasicAuthUser.Name} with --{O.BasicAuthPasswordEnv.Name} or --{O.BasicAuthPasswordFile.Name}.");
        }
        return parsed && url!.Scheme is "http" or "https" && !text.Any(char.IsWhiteSpace)
            ? url
            : throw new ArgumentException($"--{option} '{text}' is not an http(s) URL: pass e.g. --{option}=http://127.0.0.1:8080/.");
    }
}
