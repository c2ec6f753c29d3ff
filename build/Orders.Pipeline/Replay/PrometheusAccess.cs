using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Orders.Pipeline.Cli;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Replay;

/// <summary>
/// How a replay reaches a Prometheus that asks who is calling, as KEDA's prometheus scaler does
/// (kedacore/keda <c>pkg/scalers/prometheus_scaler.go</c>, <c>executePromQuery</c>): a bearer token
/// (<c>Authorization: Bearer …</c>, <c>authModes: bearer</c>), basic auth (<c>authModes: basic</c>), and custom
/// headers (the trigger's <c>customHeaders</c>, added to every query) for a Thanos, Mimir or Cortex tenant. Secrets
/// come from an environment variable or a file, never the command line (where <c>ps</c> and CI logs show it), and
/// this type never prints them: <see cref="ToString"/> says only which kinds are set.
/// </summary>
public sealed partial class PrometheusAccess
{
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;

    private PrometheusAccess(AuthenticationHeaderValue? authorization, IReadOnlyList<KeyValuePair<string, string>> headers) =>
        (_authorization, _headers) = (authorization, headers);

    public static PrometheusAccess None { get; } = new(null, []);

    /// <summary>Reads the options; a named variable that is unset or a file that cannot be read is bad input.
    /// Relative files are the caller's (<paramref name="directory"/>).</summary>
    public static PrometheusAccess From(CommandLine args, Func<string, string?> environment, string directory)
    {
        string? Secret(OptionDefinition env, OptionDefinition file)
        {
            var (variable, path) = (args.Text(env), args.Text(file));
            if (variable is not null && path is not null)
            {
                throw new ArgumentException($"--{env.Name} and --{file.Name} both given: pass one.");
            }
            if (variable is not null)
            {
                return environment(variable) is { Length: > 0 } value ? value.Trim()
                    : throw new ArgumentException($"--{env.Name} {variable}: the environment variable {variable} is not set or empty; export it before the run.");
            }
            if (path is not null)
            {
                var full = Path.GetFullPath(path, directory);
                return File.Exists(full) && File.ReadAllText(full).Trim() is { Length: > 0 } value ? value
                    : throw new ArgumentException($"--{file.Name} {path}: no such file, or it is empty; give the file holding the secret.");
            }
            return null;
        }
        var token = Secret(O.BearerTokenEnv, O.BearerTokenFile);
        var user = args.Text(O.BasicAuthUser);
        var password = Secret(O.BasicAuthPasswordEnv, O.BasicAuthPasswordFile);
        if (token is not null && user is not null)
        {
            throw new ArgumentException($"--{O.BearerTokenEnv.Name}/--{O.BearerTokenFile.Name} and --{O.BasicAuthUser.Name} both given: Prometheus takes one Authorization header; pass one.");
        }
        if ((user is null) != (password is null))
        {
            throw new ArgumentException($"basic auth needs both --{O.BasicAuthUser.Name} and --{O.BasicAuthPasswordEnv.Name} (or --{O.BasicAuthPasswordFile.Name}).");
        }
        var authorization = token is not null ? new AuthenticationHeaderValue("Bearer", token)
            : user is not null ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")))
            : null;
        return new PrometheusAccess(authorization, [.. args.All(O.Header).Select(h => ParseHeader(O.Header.Name, h))]);
    }

    /// <summary><c>Name: value</c>; Authorization is refused here, since the value would be on the command line.</summary>
    public static KeyValuePair<string, string> ParseHeader(string option, string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon > 0 ? text[..colon].Trim() : "";
        var value = colon > 0 ? text[(colon + 1)..].Trim() : "";
        if (!HeaderName().IsMatch(name) || value.Length == 0 || value.Any(char.IsControl))
        {
            throw new ArgumentException($"--{option} '{name}…' is not 'Name: value': pass e.g. --{option} 'X-Scope-OrgID: team-a'.");
        }
        return name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
            ? throw new ArgumentException($"--{option} Authorization is refused: a secret on the command line shows in `ps` and CI logs; use --{O.BearerTokenEnv.Name} or --{O.BearerTokenFile.Name}.")
            : new KeyValuePair<string, string>(name, value);
    }

    /// <summary>A client for one trigger: these credentials and headers, then the trigger's own customHeaders
    /// (KEDA adds both to each request).</summary>
    public HttpClient ClientFor(Uri server, IReadOnlyDictionary<string, string> triggerHeaders)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = _authorization;
        foreach (var (name, value) in _headers.Concat(triggerHeaders))
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        }
        return http;
    }

    public override string ToString() =>
        $"{_authorization?.Scheme.ToLowerInvariant() ?? "no"} auth, {_headers.Count} header(s)";

    [GeneratedRegex(@"\A[!#$%&'*+.^_`|~0-9A-Za-z-]+\z")]
    private static partial Regex HeaderName();
}
