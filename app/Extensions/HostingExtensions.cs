namespace Orders.App.Extensions;

/// <summary>Where the service listens when nothing says otherwise.</summary>
public static class HostingExtensions
{
    /// <summary>The tutorial's port; the Dockerfile exposes it and the Kubernetes probes target it.</summary>
    public const int DefaultPort = 8181;

    /// <summary>
    /// Listens on http://0.0.0.0:8181 unless <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>ASPNETCORE_HTTP_PORTS</c>
    /// chose something else. Not in appsettings.json: a "Urls" key there would override ASPNETCORE_URLS,
    /// because appsettings is read after the ASPNETCORE_ variables.
    /// </summary>
    public static WebApplicationBuilder ListenOnOrdersPortByDefault(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var chosen = configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 }
            || configuration["http_ports"] is { Length: > 0 }
            || configuration["https_ports"] is { Length: > 0 };
        if (!chosen)
        {
            builder.WebHost.UseUrls($"http://0.0.0.0:{DefaultPort}");
        }
        return builder;
    }
}
