using Platform.Testing;

namespace Platform.Identity.Tests.Support;

/// <summary>One demo host shared by a test class; tests that change state create their own users.</summary>
public sealed class DemoHost : IAsyncLifetime
{
    public static readonly string[] GenerousLimits =
        ["--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000"];

    private PlatformTestHost? host;

    public PlatformTestHost Host => host ?? throw new InvalidOperationException("The host has not started.");

    public ApiClient Api => new(Host);

    public async Task InitializeAsync() => host = await PlatformTestHost.StartAsync("demo", GenerousLimits);

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }
}
