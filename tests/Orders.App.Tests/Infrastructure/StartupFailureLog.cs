using Microsoft.Extensions.Logging;

namespace Orders.App.Tests.Infrastructure;

/// <summary>
/// Records the exceptions the host logs as errors: "Hosting failed to start" carries the real reason an app
/// did not start. WebApplicationFactory cannot be trusted with that reason: the app's own Run() starts the
/// host on the entry-point thread, and when the start fails it disposes the host, racing the factory, which
/// then reads the disposed host's services and throws ObjectDisposedException instead (dotnet/aspnetcore#38335).
/// </summary>
public sealed class StartupFailureLog : ILoggerProvider
{
    private readonly List<Exception> _exceptions = [];

    public IReadOnlyList<Exception> Exceptions
    {
        get
        {
            lock (_exceptions)
            {
                return [.. _exceptions];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal) ? new Recorder(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Recorder(StartupFailureLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && IsEnabled(logLevel))
            {
                lock (log._exceptions)
                {
                    log._exceptions.Add(exception);
                }
            }
        }
    }
}
