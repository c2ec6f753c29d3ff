namespace Orders.Exporter.Metrics;

/// <summary>
/// The cardinality guard for the method label: the standard methods (RFC 9110 plus PATCH) keep their name,
/// anything else is "OTHER". Methods are case-sensitive, so "get" is OTHER too.
/// </summary>
public static class HttpMethodLabels
{
    public const int Get = 0;
    public const int Post = 1;

    public static readonly string[] Labels = ["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT", "OTHER"];

    public static int Count => Labels.Length;

    public static int Classify(ReadOnlySpan<byte> method) => method.Length switch
    {
        3 when method.SequenceEqual("GET"u8) => Get,
        3 when method.SequenceEqual("PUT"u8) => 2,
        4 when method.SequenceEqual("POST"u8) => Post,
        4 when method.SequenceEqual("HEAD"u8) => 4,
        5 when method.SequenceEqual("PATCH"u8) => 6,
        5 when method.SequenceEqual("TRACE"u8) => 7,
        6 when method.SequenceEqual("DELETE"u8) => 3,
        7 when method.SequenceEqual("OPTIONS"u8) => 5,
        7 when method.SequenceEqual("CONNECT"u8) => 8,
        _ => Labels.Length - 1,
    };
}
