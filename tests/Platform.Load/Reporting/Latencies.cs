using System.Collections.Concurrent;

namespace Platform.Load.Reporting;

/// <summary>Latency samples per operation, kept whole and sorted once for exact percentiles.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> samples = new();
    private readonly ConcurrentDictionary<string, int> failures = new();

    public void Record(string operation, double milliseconds) => samples.GetOrAdd(operation, _ => []).Add(milliseconds);

    public void Fail(string operation) => failures.AddOrUpdate(operation, 1, (_, n) => n + 1);

    public IReadOnlyList<OperationStats> Summarise(TimeSpan elapsed) =>
        samples.Keys.Union(failures.Keys).Order(StringComparer.Ordinal)
            .Select(op => OperationStats.Of(op, samples.TryGetValue(op, out var bag) ? bag.ToArray() : [], failures.GetValueOrDefault(op), elapsed))
            .ToList();
}
