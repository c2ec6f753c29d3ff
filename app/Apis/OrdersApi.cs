using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Orders.App.Orders;

namespace Orders.App.Apis;

/// <summary>The order service's HTTP API: the tutorial's two routes plus a small JSON order resource.</summary>
public static partial class OrdersApi
{
    /// <summary>The largest POST /orders body accepted; larger ones get 413.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Text("Welcome"));
        app.MapGet("/product", PlaceTutorialOrder);

        var orders = app.MapGroup("/orders");
        orders.MapPost("/", PlaceOrder);
        orders.MapGet("/{id:guid}", GetOrder);
        return app;
    }

    public static async Task<ContentHttpResult> PlaceTutorialOrder(
        IOptions<OrderOptions> options, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        await ProcessAsync(options.Value, time, loggers, cancellationToken);
        return TypedResults.Text("Order placed!");
    }

    public static async Task<Results<Created<Order>, ValidationProblem, ProblemHttpResult>> PlaceOrder(
        HttpRequest request, OrderStore store, IOptions<OrderOptions> options, TimeProvider time,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Content-Type",
                $"Send the order as application/json; the request's Content-Type was '{request.ContentType ?? "(none)"}'.");
        }
        var body = await BoundedBodyReader.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, OrderRequestParser.BodyField,
                $"The body is larger than {MaxBodyBytes} bytes; an order is a small JSON object.");
        }
        var placed = OrderRequestParser.Parse(body.Value, out var errors);
        if (placed is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The order is not valid.");
        }

        await ProcessAsync(options.Value, time, loggers, cancellationToken);
        var order = new Order(Guid.CreateVersion7(time.GetUtcNow()), placed.ProductId, placed.Quantity, time.GetUtcNow());
        store.Add(order);
        return TypedResults.Created($"/orders/{order.Id}", order);
    }

    public static Results<Ok<Order>, NotFound> GetOrder(Guid id, OrderStore store) =>
        store.Find(id) is { } order ? TypedResults.Ok(order) : TypedResults.NotFound();

    private static async Task ProcessAsync(OrderOptions options, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (options.ProcessingDelayMs <= 0)
        {
            return;
        }
        LogProcessing(loggers.CreateLogger(typeof(OrdersApi)), options.ProcessingDelayMs);
        await Task.Delay(TimeSpan.FromMilliseconds(options.ProcessingDelayMs), time, cancellationToken);
    }

    private static ProblemHttpResult Problem(int status, string field, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });

    // Debug level: off in production; the shutdown test turns it on to know a request is in flight.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Processing an order for {DelayMs} ms")]
    private static partial void LogProcessing(ILogger logger, int delayMs);
}
