namespace Orders.App.AccessLog;

/// <summary>
/// One formatted access log line (UTF-8, ending in '\n') in a buffer from <see cref="LineBuffers"/>.
/// Whoever takes it off the queue writes it and then calls <see cref="Return"/>, once.
/// </summary>
public readonly struct AccessLogLine(byte[] buffer, int length)
{
    public ReadOnlySpan<byte> Bytes => buffer.AsSpan(0, length);

    /// <summary>What the line holds in memory while queued: its whole buffer, not only the bytes used.</summary>
    public int BufferBytes => buffer.Length;

    public void Return() => LineBuffers.Return(buffer);
}
