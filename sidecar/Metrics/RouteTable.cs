using System.Text;

namespace Orders.Exporter.Metrics;

/// <summary>
/// The cardinality guard for the path label: a request path becomes one of the configured route templates
/// ("/orders/{id}") or "other", so a scanner hitting a million random URLs adds no series. Matching works on
/// the raw UTF-8 stem, ASCII case-insensitively and tolerating one trailing slash, as ASP.NET Core routing
/// does; a "{...}" segment matches any one non-empty segment.
/// </summary>
public sealed class RouteTable
{
    public const string Other = "other";

    public static readonly string[] DefaultTemplates = ["/", "/product", "/orders", "/orders/{id}", "/healthz", "/readyz"];

    private readonly byte[]?[][] _routes;

    public RouteTable(IReadOnlyList<string> templates)
    {
        _routes = new byte[]?[templates.Count][];
        for (var i = 0; i < templates.Count; i++)
        {
            var template = templates[i];
            if (!template.StartsWith('/'))
            {
                throw new ArgumentException($"Route template '{template}' must start with '/'; fix Exporter:Routes.", nameof(templates));
            }

            _routes[i] = template.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => s.StartsWith('{') ? null : Encoding.UTF8.GetBytes(s))
                .ToArray();
        }
        Labels = [.. templates, Other];
    }

    /// <summary>The label values: the templates in configured order, then "other".</summary>
    public IReadOnlyList<string> Labels { get; }

    public int OtherIndex => _routes.Length;

    public int IndexOf(string template) => Labels.Take(_routes.Length).ToList().IndexOf(template);

    /// <summary>The index of the first template matching <paramref name="stem"/>, or <see cref="OtherIndex"/>.</summary>
    public int Match(ReadOnlySpan<byte> stem)
    {
        if (stem.IsEmpty || stem[0] != (byte)'/')
        {
            return OtherIndex;
        }

        var path = stem[1..];
        if (path.Length > 1 && path[^1] == (byte)'/')
        {
            path = path[..^1];
        }

        for (var i = 0; i < _routes.Length; i++)
        {
            if (Matches(_routes[i], path))
            {
                return i;
            }
        }
        return OtherIndex;
    }

    private static bool Matches(byte[]?[] segments, ReadOnlySpan<byte> path)
    {
        if (segments.Length == 0)
        {
            return path.IsEmpty;
        }

        foreach (var segment in segments)
        {
            if (path.IsEmpty)
            {
                return false;
            }

            var slash = path.IndexOf((byte)'/');
            var current = slash < 0 ? path : path[..slash];
            if (current.IsEmpty)
            {
                return false;
            }

            if (segment is not null && !Ascii.EqualsIgnoreCase(current, segment))
            {
                return false;
            }

            path = slash < 0 ? default : path[(slash + 1)..];
            if (slash >= 0 && path.IsEmpty)
            {
                return false;
            }
        }
        return path.IsEmpty;
    }
}
