using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;
using Xunit.Abstractions;

namespace Platform.Reliability.Tests.TwoNodes;

/// <summary>
/// Two hosts on different ports share one database, one file directory and Quartz's clustered store, as
/// behind a load balancer: a case a clerk submits through one is accepted through the other with the
/// token the first issued, a race for the same step across the nodes has exactly one winner, and both
/// show the same case afterwards. That a scheduled job fires once across the nodes is proven by
/// Platform.Supervision.Tests' ClusteredSchedulerTests.
/// </summary>
public sealed class TwoNodeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_process_on_one_node_a_case_submitted_on_the_other_and_let_one_of_two_racing_nodes_win()
    {
        string[] settings =
        [
            $"--ConnectionStrings:Platform={await TestCluster.CreateDatabaseAsync()}", $"--Cases:FileDirectory={TestCluster.NewDirectory("files")}",
            "--Scheduler:Clustered=true", "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000",
        ];
        await using var first = await PlatformTestHost.StartAsync("demo", settings);
        await using var second = await PlatformTestHost.StartAsync("demo", settings);
        first.BaseAddress.Port.ShouldNotBe(second.BaseAddress.Port);
        var clerk = await ApiCalls.TokenAsync(first.Http);

        var upload = await ApiCalls.UploadAsync(first.Http, clerk);
        upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        var fileId = (await ApiCalls.JsonAsync(upload)).GetProperty("id").GetGuid();
        var submitted = await ApiCalls.SendAsync(second.Http, HttpMethod.Post, "/api/v1/cases", clerk, ApiCalls.Submission(fileId),
            idempotencyKey: Guid.NewGuid().ToString());
        submitted.StatusCode.ShouldBe(HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());
        var id = (await ApiCalls.JsonAsync(submitted)).GetProperty("case").GetProperty("id").GetGuid();

        var race = await Task.WhenAll(AcceptAsync(first, clerk, id), AcceptAsync(second, clerk, id));
        var seenByFirst = await ApiCalls.JsonAsync(await ApiCalls.SendAsync(first.Http, HttpMethod.Get, $"/api/v1/cases/{id}", clerk));
        var seenBySecond = await ApiCalls.JsonAsync(await ApiCalls.SendAsync(second.Http, HttpMethod.Get, $"/api/v1/cases/{id}", clerk));

        await ReliabilityReport.WriteAsync(output, "two-nodes",
        [
            ("nodes", $"{first.BaseAddress} and {second.BaseAddress}, one database, Scheduler:Clustered=true"),
            ("uploaded on the first, submitted on the second", (int)submitted.StatusCode),
            ("the same acceptance raced on both", string.Join(", ", race.Select(r => (int)r.StatusCode))),
            ("state seen by each node", $"{seenByFirst.GetProperty("state")} / {seenBySecond.GetProperty("state")}"),
        ]);
        race.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        seenByFirst.GetProperty("state").GetString().ShouldBe(seenBySecond.GetProperty("state").GetString());
        seenByFirst.GetProperty("state").GetString().ShouldNotBe("submitted");
        seenByFirst.GetProperty("version").GetInt32().ShouldBe(2);
    }

    private static Task<HttpResponseMessage> AcceptAsync(PlatformTestHost node, string clerk, Guid id) =>
        ApiCalls.SendAsync(node.Http, HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk,
            JsonContent.Create(new { commitmentLetterSigned = true }), ifMatch: "\"1\"");
}
