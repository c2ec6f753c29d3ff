namespace Orders.Pipeline.Smoke;

/// <summary>A smoke check saw something other than a working deployment; the message says what it asked,
/// what it saw and the likely cause.</summary>
public sealed class SmokeCheckException(string message, Exception? inner = null) : Exception(message, inner);
