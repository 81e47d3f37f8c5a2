namespace Platform.Reliability.Tests.Crash;

/// <summary>
/// The crash test starts the host eleven times as a separate process; beside the other tests on two
/// cores each start takes several times longer, so it runs on its own after them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
