namespace Platform.Load.Reporting;

/// <summary>One operation's count, failures, throughput and latency percentiles over a phase.</summary>
internal sealed record OperationStats(string Operation, int Count, int Failures, double PerSecond, double P50, double P95, double P99, double Max)
{
    public static OperationStats Of(string operation, double[] samples, int failures, TimeSpan elapsed)
    {
        Array.Sort(samples);
        return new OperationStats(operation, samples.Length, failures, samples.Length / elapsed.TotalSeconds,
            Percentile(samples, 50), Percentile(samples, 95), Percentile(samples, 99), samples.Length == 0 ? 0 : samples[^1]);
    }

    /// <summary>Nearest-rank percentile of sorted samples: the smallest sample with at least p% of samples at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return 0;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
