using Orders.App.AccessLog;

namespace Orders.App.Tests.AccessLog;

public sealed class AccessLogQueueTests
{
    [Fact]
    public async Task A_full_queue_makes_the_request_wait_for_room_without_dropping_its_line()
    {
        // Given: a queue filled to capacity, nobody reading
        var queue = new AccessLogQueue();
        const int capacity = AccessLogQueue.MaxQueuedBytes / LineBuffers.Size;
        for (var i = 0; i < capacity; i++)
        {
            Assert.True(await queue.EnqueueAsync(Line()));
        }

        // When: one more line arrives
        var waiting = queue.EnqueueAsync(Line()).AsTask();

        // Then: it waits (asynchronously: we are here, the thread is free) until the writer takes a line
        Assert.False(waiting.IsCompleted);
        Assert.True(queue.TryTake(out var taken));
        taken.Return();
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        var count = 0;
        while (queue.TryTake(out var line))
        {
            line.Return();
            count++;
        }
        Assert.Equal(capacity, count);
    }

    [Fact]
    public async Task After_completion_a_line_is_refused_and_its_buffer_recycled()
    {
        var queue = new AccessLogQueue();
        queue.Complete();

        Assert.False(await queue.EnqueueAsync(Line()));
    }

    private static AccessLogLine Line()
    {
        var buffer = LineBuffers.Rent(10);
        "line\n"u8.CopyTo(buffer);
        return new AccessLogLine(buffer, 5);
    }
}
