namespace Orders.Exporter.Pipeline;

/// <summary>
/// The lines of a buffer, each without its "\n" or "\r\n", with the offset where it starts. A last line
/// without a newline is returned too (a preamble may end mid-file; a batch never does). Allocates nothing.
/// </summary>
internal ref struct LineSplitter(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public ReadOnlySpan<byte> Current { get; private set; }

    /// <summary>Offset of <see cref="Current"/> in the buffer.</summary>
    public int CurrentStart { get; private set; }

    public readonly LineSplitter GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_position >= _data.Length)
        {
            return false;
        }

        var newline = _data[_position..].IndexOf((byte)'\n');
        var end = newline < 0 ? _data.Length : _position + newline;
        var line = _data[_position..end];
        Current = !line.IsEmpty && line[^1] == (byte)'\r' ? line[..^1] : line;
        CurrentStart = _position;
        _position = end + 1;
        return true;
    }

    /// <summary>The first line of <paramref name="data"/>.</summary>
    public static ReadOnlySpan<byte> FirstLine(ReadOnlySpan<byte> data)
    {
        var lines = new LineSplitter(data);
        return lines.MoveNext() ? lines.Current : default;
    }
}
