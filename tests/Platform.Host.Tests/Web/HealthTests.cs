using System.Net;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Host.Tests.Web;

public sealed class HealthTests
{
    [Fact]
    public async Task Should_answer_503_while_the_database_is_stopped_and_200_when_it_is_back()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", $"--Platform:DataDirectory={TestCluster.NewDirectory("data")}");
        (await host.Http.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await host.App.Database.Embedded!.StopAsync();
        var down = await host.Http.GetAsync("/healthz");

        down.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        down.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(await down.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString()
            .ShouldBe("platform.database.unavailable");

        await host.App.Database.Embedded.StartAgainAsync();
        (await host.Http.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
