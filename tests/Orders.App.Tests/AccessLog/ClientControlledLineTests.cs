using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Orders.App.AccessLog;
using Xunit.Abstractions;

namespace Orders.App.Tests.AccessLog;

/// <summary>
/// The worst a client can put in its access log line: Kestrel's largest request line (8 KB of path and query)
/// and 32 KB of User-Agent. Each client-chosen value is cut to its documented length and marked, the line
/// keeps its ten space-separated fields (what the exporter splits on), and a queue full of such lines holds
/// at most AccessLogQueue.MaxQueuedBytes, far under the app's 128 Mi limit.
/// </summary>
public sealed class ClientControlledLineTests(ITestOutputHelper output)
{
    [Fact]
    public void Each_client_chosen_value_is_cut_to_its_length_and_marked_keeping_one_field_each()
    {
        var line = Text(WorstLine());

        var fields = line.TrimEnd('\n').Split(' ');
        Assert.Equal(10, fields.Length);
        Assert.True(Encoding.UTF8.GetByteCount(line) <= W3CLineFormatter.MaxLineBytes, $"{Encoding.UTF8.GetByteCount(line)} bytes");
        AssertCut(fields[3], W3CLineFormatter.MaxMethodBytes);
        AssertCut(fields[4], W3CLineFormatter.MaxStemBytes);
        AssertCut(fields[5], W3CLineFormatter.MaxQueryBytes);
        AssertCut(fields[9], W3CLineFormatter.MaxUserAgentBytes);
        Assert.StartsWith("/orders/aaaa", fields[4], StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_byte_character_is_never_split_by_the_cut()
    {
        var context = Request(userAgent: new string('é', 1000));

        var userAgent = Text(W3CLineFormatter.Format(context, DateTimeOffset.UnixEpoch, TimeSpan.Zero)).TrimEnd('\n').Split(' ')[9];

        Assert.Equal(new string('é', (W3CLineFormatter.MaxUserAgentBytes - W3CLineFormatter.CutMarker.Length) / 2) + W3CLineFormatter.CutMarker, userAgent);
    }

    [Fact]
    public async Task A_queue_full_of_the_longest_lines_holds_at_most_its_byte_bound()
    {
        var queue = new AccessLogQueue();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var queued = 0;
        while (queue.EnqueueAsync(W3CLineFormatter.Format(WorstRequest(), DateTimeOffset.UnixEpoch, TimeSpan.Zero)) is { IsCompleted: true })
        {
            queued++;
        }

        var heldByQueue = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        using var process = Process.GetCurrentProcess();
        // Printed, not asserted (GC accounting moves); the queue's own byte count below is what is asserted.
        output.WriteLine($"{queued} worst-case lines queued: {queue.QueuedBytes:N0} bytes of line buffers (bound {AccessLogQueue.MaxQueuedBytes:N0}), " +
            $"managed heap +{heldByQueue / 1048576.0:F1} MB; the app's limit is 128 Mi (this test host's RSS, xunit included: {process.WorkingSet64 / 1048576.0:F1} MB). " +
            $"Before the caps and the byte bound: 8,192 lines of ~{40 * 1024:N0} bytes, ~330 MB.");
        // The bytes held, counted from the lines taken back out (not from the queue's own counter), against the
        // budget the queue documents in figures: 8,192 ordinary 512-byte lines, 4 MiB, 1/32 of the app's 128 Mi.
        const long budget = 4 * 1024 * 1024;
        var worstLineBuffer = WorstLine() is var worst ? worst.BufferBytes : 0;
        worst.Return();
        var counter = queue.QueuedBytes;
        queue.Complete();
        var (taken, held) = (0, 0L);
        while (queue.TryTake(out var line))
        {
            (taken, held) = (taken + 1, held + line.BufferBytes);
            line.Return();
        }
        Assert.Equal(queued, taken);
        Assert.Equal(held, counter);
        Assert.InRange(held, budget - worstLineBuffer + 1, budget);
        await Task.CompletedTask;
    }

    private static void AssertCut(string field, int maxBytes)
    {
        Assert.EndsWith(W3CLineFormatter.CutMarker, field, StringComparison.Ordinal);
        Assert.Equal(maxBytes, Encoding.UTF8.GetByteCount(field));
    }

    private static HttpContext WorstRequest() => Request(
        method: new string('M', 100),
        path: "/orders/" + new string('a', 6000),
        query: "?" + new string('q', 2000),
        userAgent: "Mozilla/5.0 " + string.Concat(Enumerable.Repeat("(hostile; agent) ", 32 * 1024 / 17)));

    private static AccessLogLine WorstLine() => W3CLineFormatter.Format(WorstRequest(), DateTimeOffset.UnixEpoch, TimeSpan.Zero);

    private static HttpContext Request(string method = "GET", string path = "/", string query = "", string userAgent = "curl")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        context.Request.Protocol = "HTTP/1.1";
        context.Request.Headers.UserAgent = userAgent;
        context.Response.StatusCode = 200;
        return context;
    }

    private static string Text(AccessLogLine line)
    {
        var text = Encoding.UTF8.GetString(line.Bytes);
        line.Return();
        return text;
    }
}
