using System.Net;
using System.Text.Json;

namespace Orders.App.Tests.Api;

/// <summary>Checks that a response is application/problem+json with a given status naming a given field.</summary>
public static class ProblemAssert
{
    public static async Task NamesField(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {body}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }
}
