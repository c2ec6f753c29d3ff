using BenchmarkDotNet.Running;

// Benchmarks of the exporter's hot path; see ParseAndRecordBenchmarks.
BenchmarkSwitcher.FromAssembly(typeof(Orders.Exporter.Benchmarks.ParseAndRecordBenchmarks).Assembly).Run(args);
