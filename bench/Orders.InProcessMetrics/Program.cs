using Orders.App.Apis;
using Orders.App.Extensions;
using Orders.InProcessMetrics;

// The order app's composition (app/Program.cs) with the access log swapped for prometheus-net counters in the
// process: what "why not prometheus-net in the app?" would build. Bench only (bench/sidecar-vs-inprocess.sh).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory, // the app's appsettings.json, copied next to this binary
});
builder.ListenOnOrdersPortByDefault();
builder.AddProblemResponses();
builder.AddOrderServices();
builder.AddProbes();
builder.AddInProcessRequestMetrics();

var app = builder.Build();
app.UseInProcessRequestMetrics(); // where the app has UseAccessLog: first, so that every request is counted
app.UseProblemResponses();
app.MapOrdersApi();
app.MapProbes();
app.MapInProcessMetrics();
app.Run();
