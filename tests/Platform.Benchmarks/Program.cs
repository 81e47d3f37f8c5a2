using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Platform.Benchmarks.DeadlineBenchmarks).Assembly).Run(args);
