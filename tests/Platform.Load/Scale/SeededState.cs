namespace Platform.Load.Scale;

/// <summary>A seeded case's state, whether it was accepted (and so has a deadline), and whether it is decided (its deadline closed).</summary>
internal sealed record SeededState(string Name, bool Accepted, bool Decided);
