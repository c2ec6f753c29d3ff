namespace Orders.App.Extensions;

/// <summary>
/// Every error is an application/problem+json response with the status that fits it: unknown routes 404,
/// malformed requests rejected by Kestrel keep their own 4xx status, and nothing a client sends becomes a 500.
/// </summary>
public static class ProblemResponseExtensions
{
    public static IHostApplicationBuilder AddProblemResponses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = exception => exception is BadHttpRequestException bad
                ? bad.StatusCode
                : StatusCodes.Status500InternalServerError);
        return builder;
    }

    public static IApplicationBuilder UseProblemResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        // Gives the empty 404/405 responses of routing a problem+json body.
        app.UseStatusCodePages();
        return app;
    }
}
