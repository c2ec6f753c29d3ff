namespace Orders.Pipeline.Cli;

/// <summary>The one URL grammar of every option: an absolute http(s) URL, kept with a trailing '/' so that
/// relative paths (<c>/product</c>, <c>api/v1/query</c>) resolve under it.</summary>
public static class UrlGrammar
{
    public static Uri Parse(string option, string text)
    {
        var withSlash = text.EndsWith('/') ? text : text + "/";
        return Uri.TryCreate(withSlash, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && !text.Any(char.IsWhiteSpace)
            ? url
            : throw new ArgumentException($"--{option} '{text}' is not an http(s) URL: pass e.g. --{option}=http://127.0.0.1:8080/.");
    }
}
