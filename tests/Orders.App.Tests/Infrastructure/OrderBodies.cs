using System.Net.Http.Headers;

namespace Orders.App.Tests.Infrastructure;

/// <summary>POST /orders bodies as raw bytes, so that a test sends exactly the bytes it means.</summary>
public static class OrderBodies
{
    public static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
