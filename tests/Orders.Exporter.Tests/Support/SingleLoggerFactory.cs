using Microsoft.Extensions.Logging;

namespace Orders.Exporter.Tests.Support;

/// <summary>Hands the same logger to every category, so a test sees all the exporter said.</summary>
public sealed class SingleLoggerFactory(ILogger logger) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => logger;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
