using Platform.Testing;

namespace Platform.Projects.Tests.Intermediaries;

/// <summary>One 鞍山 demo host for the intermediary tests; each test registers its own project and signs in again first (the clock moves).</summary>
public sealed class IntermediaryHost : IAsyncLifetime
{
    internal ProjectApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 9));

    public async Task DisposeAsync() => await Api.DisposeAsync();
}
