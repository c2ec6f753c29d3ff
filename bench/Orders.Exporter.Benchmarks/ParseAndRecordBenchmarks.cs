using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Orders.Exporter.Checkpointing;
using Orders.Exporter.Diagnostics;
using Orders.Exporter.Metrics;
using Orders.Exporter.Parsing;
using Orders.Exporter.Pipeline;
using Orders.Exporter.Tailing;
using Prometheus;

namespace Orders.Exporter.Benchmarks;

/// <summary>
/// Per-line cost of the exporter's hot path on realistic W3C lines (the generator's mix): parse alone, parse
/// + record into prometheus-net, and a whole 128 KiB batch through the processor (line splitting, self
/// metrics and the checkpoint commit included). Figures are per line (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 8)]
public class ParseAndRecordBenchmarks
{
    private const int Lines = 1000;
    private byte[][] _lines = [];
    private byte[] _batch = [];
    private int _batchLength;
    private int _batchLines;
    private RequestMetrics _metrics = null!;
    private LineBatchProcessor _processor = null!;
    private readonly W3CFieldMap _fields = W3CFieldMap.AspNetCoreDefault;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] stems = ["/", "/product", "/orders", "/orders/123", "/healthz", "/wp-login.php"];
        _lines = [.. Enumerable.Range(0, Lines).Select(i => Encoding.UTF8.GetBytes(
            $"2026-11-28 03:09:{i % 60:00} 10.0.{random.Next(255)}.{random.Next(255)} {(i % 5 == 0 ? "POST" : "GET")} {stems[random.Next(stems.Length)]} - {(i % 5 == 0 ? 201 : 200)} {random.NextDouble() * 120:0.0000} HTTP/1.1 Mozilla/5.0+(X11;+Linux+x86_64)"))];
        var text = _lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
        _batchLines = 0;
        _batch = new byte[128 * 1024];
        while (_batchLength + text.Length <= _batch.Length)
        {
            text.CopyTo(_batch, _batchLength);
            _batchLength += text.Length;
            _batchLines += Lines;
        }
        if (_batchLines != Lines)
        {
            throw new InvalidOperationException($"Expected one copy of the {Lines} lines per batch, got {_batchLines} lines.");
        }

        var registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        var catalog = new MetricsCatalog(registry);
        _metrics = new RequestMetrics(catalog, new RouteTable(RouteTable.DefaultTemplates), null);
        _processor = new LineBatchProcessor(_metrics, new SelfMetrics(catalog), new CheckpointLedger(), 64 * 1024,
            new ThrottledLogger(NullLogger.Instance, TimeProvider.System));
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public int Parse()
    {
        var statuses = 0;
        foreach (var line in _lines)
        {
            W3CLineParser.Parse(line, _fields, out var entry);
            statuses += entry.Status;
        }
        return statuses;
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public void ParseAndRecord()
    {
        foreach (var line in _lines)
        {
            if (W3CLineParser.Parse(line, _fields, out var entry) == LineKind.Entry)
            {
                _metrics.Record(entry);
            }
        }
    }

    /// <summary>Per line of a batch of the same lines (about 115 KiB) through LineBatchProcessor.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    public int ProcessBatch()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(_batch.Length);
        _batch.AsSpan(0, _batchLength).CopyTo(buffer);
        _processor.Process(new LineBatch
        {
            FileKey = 1, Path = "bench", Identity = new FileIdentity(0, 0, 0, 0), Buffer = buffer, Length = _batchLength, EndOffset = _batchLength,
        });
        return _batchLines;
    }
}
