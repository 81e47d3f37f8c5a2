using System.Net;
using Platform.Testing;
using Xunit.Abstractions;

namespace Platform.Reliability.Tests.Overload;

/// <summary>
/// A host on a PostgreSQL of its own, which the test stops and starts: while it is away the API and
/// /healthz answer 503 problem+json with a Retry-After, and once it is back the same host serves and
/// writes again without a restart.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_answer_503_while_the_database_is_away_and_serve_again_without_restart_when_it_is_back()
    {
        // The host's own check would start the database again; here it stays away until the test brings it back.
        await using var host = await PlatformTestHost.StartAsync("demo", $"--Platform:DataDirectory={TestCluster.NewDirectory("data")}",
            $"--Cases:FileDirectory={TestCluster.NewDirectory("files")}", "--Platform:DatabaseCheckSeconds=3600");
        var token = await ApiCalls.TokenAsync(host.Http);
        (await SubmitAsync(host.Http, token)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await host.App.Database.Embedded!.StopAsync();
        var down = new[]
        {
            await host.Http.GetAsync("/healthz"),
            await host.Http.GetAsync("/api/v1/regions/440784/matters"),
            await ApiCalls.SendAsync(host.Http, HttpMethod.Get, "/api/v1/cases/queue", token),
            await SubmitAsync(host.Http, token),
        };

        await host.App.Database.Embedded.StartAgainAsync();
        var read = await host.Http.GetAsync("/api/v1/regions/440784/matters");
        var write = await SubmitAsync(host.Http, token);
        var health = await host.Http.GetAsync("/healthz");

        await ReliabilityReport.WriteAsync(output, "database-outage",
        [
            ("while stopped", string.Join(", ", down.Select(r => $"{r.RequestMessage!.Method} {r.RequestMessage.RequestUri!.AbsolutePath} {(int)r.StatusCode}"))),
            ("after restart", $"read {(int)read.StatusCode}, submit {(int)write.StatusCode}, healthz {(int)health.StatusCode}"),
        ]);
        foreach (var response in down)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, $"{response.RequestMessage!.RequestUri}: {await response.Content.ReadAsStringAsync()}");
            await OverloadTests.ShouldBeRefusalAsync(response, "platform.database.unavailable");
        }

        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        write.StatusCode.ShouldBe(HttpStatusCode.Created, await write.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient http, string token) =>
        ApiCalls.SendAsync(http, HttpMethod.Post, "/api/v1/cases", token, ApiCalls.Submission(null), idempotencyKey: Guid.NewGuid().ToString());
}
