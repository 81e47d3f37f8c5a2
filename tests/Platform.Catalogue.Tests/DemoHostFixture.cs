using Platform.Testing;

namespace Platform.Catalogue.Tests;

/// <summary>One demo host (all five programmes seeded) on a fresh database, shared by the tests of the collection.</summary>
public sealed class DemoHostFixture : IAsyncLifetime
{
    public PlatformTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await PlatformTestHost.StartAsync("demo");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DemoHostCollection : ICollectionFixture<DemoHostFixture>
{
    public const string Name = "demo host";
}
