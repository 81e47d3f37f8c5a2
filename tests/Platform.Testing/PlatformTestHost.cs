using Autofac;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Hosting;

namespace Platform.Testing;

/// <summary>
/// The real platform host, on a free loopback port, against a fresh database of the test cluster
/// (or an embedded database of its own when the test passes <c>--Platform:DataDirectory</c>).
/// </summary>
public sealed class PlatformTestHost : IAsyncDisposable
{
    private PlatformTestHost(PlatformApp app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public PlatformApp App { get; }
    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => App.Web.Services;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static Task<PlatformTestHost> StartAsync(string deployment = "demo", params string[] settings) =>
        StartAsync(deployment, null, settings);

    /// <param name="overrides">Replaces modules' registrations, e.g. <c>c => c.RegisterInstance(clock).As&lt;IClock&gt;()</c>.</param>
    public static async Task<PlatformTestHost> StartAsync(string deployment, Action<ContainerBuilder>? overrides, params string[] settings)
    {
        var ownDatabase = settings.Any(s => s.StartsWith("--Platform:DataDirectory", StringComparison.Ordinal)
                                            || s.StartsWith("--ConnectionStrings:Platform", StringComparison.Ordinal));
        // Each host keeps its uploads apart: a host's start-up sweep removes files its own database does not know, so a
        // shared directory would lose the files of hosts running beside it.
        var ownFiles = ownDatabase || settings.Any(s => s.StartsWith("--Cases:FileDirectory", StringComparison.Ordinal));
        string[] args =
        [
            .. ownDatabase ? Array.Empty<string>() : [$"--ConnectionStrings:Platform={await TestCluster.CreateMigratedDatabaseAsync(deployment, settings)}"],
            .. ownFiles ? Array.Empty<string>() : [$"--Cases:FileDirectory={TestCluster.NewDirectory("files")}"],
            "--urls=http://127.0.0.1:0",
            $"--Platform:Deployment={deployment}",
            "--environment=Testing",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        var app = await PlatformApp.BuildAsync(args, overrides);
        await app.Web.StartAsync();
        var address = app.Web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PlatformTestHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.Web.StopAsync();
        await App.DisposeAsync();
    }
}
