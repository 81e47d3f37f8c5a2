using System.Collections.Concurrent;

namespace Platform.Load.Reporting;

/// <summary>Latency samples per operation, kept whole and sorted once for exact percentiles.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> samples = new();
    private readonly ConcurrentDictionary<string, int> failures = new();
    private readonly ConcurrentDictionary<string, int> causes = new();

    public void Record(string operation, double milliseconds) => samples.GetOrAdd(operation, _ => []).Add(milliseconds);

    public int Count(string operation) => samples.TryGetValue(operation, out var bag) ? bag.Count : 0;

    /// <summary>Counts a failed request of the operation under its cause (the HTTP status, or the transport error).</summary>
    public void Fail(string operation, string cause)
    {
        failures.AddOrUpdate(operation, 1, (_, n) => n + 1);
        causes.AddOrUpdate($"{operation} {cause}", 1, (_, n) => n + 1);
    }

    /// <summary>The failures by operation and cause, most frequent first, e.g. "submit 503 ×12".</summary>
    public IReadOnlyList<string> Causes() =>
        causes.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} ×{c.Value}").ToList();

    public IReadOnlyList<OperationStats> Summarise(TimeSpan elapsed) =>
        samples.Keys.Union(failures.Keys).Order(StringComparer.Ordinal)
            .Select(op => OperationStats.Of(op, samples.TryGetValue(op, out var bag) ? bag.ToArray() : [], failures.GetValueOrDefault(op), elapsed))
            .ToList();
}
