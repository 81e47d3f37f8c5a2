namespace Platform.Load.Reporting;

/// <summary>One measured phase: what ran, how hard, for how long, and each operation's numbers.</summary>
internal sealed record PhaseResult(string Name, string Description, int Concurrency, double? TargetPerSecond, double Seconds,
    IReadOnlyList<OperationStats> Operations)
{
    public OperationStats? Operation(string name) => Operations.FirstOrDefault(o => o.Operation == name);
}
