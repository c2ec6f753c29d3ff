using Orders.App.Apis;
using Orders.App.Extensions;

// Composition only: what each part does lives in Extensions/ and Apis/.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // appsettings.json is found next to the binary whatever the current directory is, so a process started
    // from the repository root (end-to-end tests, the benchmark) gets the same settings as the container.
    ContentRootPath = AppContext.BaseDirectory,
});
builder.ListenOnOrdersPortByDefault();
builder.AddProblemResponses();
builder.AddOrderServices();
builder.AddAccessLog();
builder.AddProbes();

var app = builder.Build();
app.UseAccessLog();
app.UseProblemResponses();
app.MapOrdersApi();
app.MapProbes();
app.Run();

/// <summary>The entry point, public so that the tests can host it with WebApplicationFactory.</summary>
public partial class Program;
