using Platform.Testing;

namespace Platform.Calendar.Tests;

/// <summary>
/// One platform host on a fresh database, shared by a test class. Its deployment serves the demo
/// regions without plugins, so the calendar is tested on its own.
/// </summary>
public sealed class CalendarHostFixture : IAsyncLifetime
{
    public const string Deployment = """
        name: calendar-tests
        title: 日历模块测试
        regions:
          - { code: "440784", name: 鹤山市 }
          - { code: "320903", name: 盐都区 }
          - { code: "210300", name: 鞍山市 }
          - { code: "430600", name: 岳阳市 }
          - { code: "430682", name: 临湘市, parent: "430600" }
        plugins: []
        """;

    public PlatformTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var config = TestCluster.NewDirectory("calendar-config");
        Directory.CreateDirectory(Path.Combine(config, "deployments"));
        Directory.CreateDirectory(Path.Combine(config, "calendars"));
        File.Copy(Path.Combine(TestCalendars.ConfigDirectory, "calendars", "CN.yaml"), Path.Combine(config, "calendars", "CN.yaml"));
        await File.WriteAllTextAsync(Path.Combine(config, "deployments", "calendar-tests.yaml"), Deployment);
        Host = await PlatformTestHost.StartAsync("calendar-tests", $"--Platform:ConfigDirectory={config}");
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
