using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// The exporter's three endpoints as a Kestrel application, on Kestrel's request features directly: no
/// ASP.NET Core pipeline, routing or HttpContext, which the exporter would pay for in memory and needs none of.
/// </summary>
public sealed class ExporterHttpApplication(CollectorRegistry registry, ExporterHealth health, CancellationToken stopping)
    : IHttpApplication<IFeatureCollection>
{
    public IFeatureCollection CreateContext(IFeatureCollection contextFeatures) => contextFeatures;

    public async Task ProcessRequestAsync(IFeatureCollection context)
    {
        var request = context.GetRequiredFeature<IHttpRequestFeature>();
        var response = context.GetRequiredFeature<IHttpResponseFeature>();
        var body = context.GetRequiredFeature<IHttpResponseBodyFeature>();
        var answer = await ExporterEndpoints.AnswerAsync(request.Method, request.Path, registry, health, stopping);
        response.StatusCode = answer.Status;
        response.Headers.ContentType = answer.ContentType;
        response.Headers.ContentLength = answer.Body.Length;
        if (answer.Allow is not null)
        {
            response.Headers.Allow = answer.Allow;
        }
        if (request.Method != "HEAD")
        {
            await body.Writer.WriteAsync(answer.Body, stopping);
        }
    }

    public void DisposeContext(IFeatureCollection context, Exception? exception)
    {
    }
}
