using Platform.Testing;

namespace Platform.Projects.Tests;

/// <summary>One demo host shared by a test class; each test registers its own project and sets the clock it needs.</summary>
public sealed class ProjectHostFixture : IAsyncLifetime
{
    internal ProjectApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 9));

    public async Task DisposeAsync() => await Api.DisposeAsync();
}
