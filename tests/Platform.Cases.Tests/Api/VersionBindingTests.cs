using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Autofac;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Cases.Tests.Api;

/// <summary>The catalogue and the cases together, over HTTP, as a region admin and a window clerk use them.</summary>
public sealed class VersionBindingTests
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";

    [Fact]
    public async Task Should_keep_the_old_committed_limit_for_cases_accepted_before_a_publication_and_apply_the_new_one_after()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 7, 9));
        await using var host = await PlatformTestHost.StartAsync("demo", b => b.RegisterInstance(clock).As<IClock>(),
            "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");
        var api = new CaseApiClient(host);
        var admin = await api.StaffTokenAsync("440784-admin");
        var clerk = await api.StaffTokenAsync("440784-clerk");

        var before = await api.SubmitAndAcceptAsync(clerk, PlanningPermit);
        before.GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-09-10");

        var draft = await api.JsonAsync(await api.SendAsync(HttpMethod.Post, $"/api/v1/admin/regions/440784/matters/{PlanningPermit}/draft", admin));
        var definition = JsonNode.Parse(draft.GetProperty("definition").GetRawText())!;
        definition["committedTimeLimit"]!["amount"] = 5;
        var saved = await api.SendAsync(HttpMethod.Put, $"/api/v1/admin/regions/440784/matters/{PlanningPermit}/draft", admin, definition);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var published = await api.SendAsync(HttpMethod.Post, $"/api/v1/admin/regions/440784/matters/{PlanningPermit}/publish", admin,
            new { validFrom = TestClock.At(2026, 9, 8, 0, 0) });
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());

        clock.Set(TestClock.At(2026, 9, 8, 9));
        clerk = await api.StaffTokenAsync("440784-clerk");
        var after = await api.SubmitAndAcceptAsync(clerk, PlanningPermit);
        var beforeAgain = await api.JsonAsync(await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/{before.GetProperty("id").GetGuid()}", clerk));

        after.GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-09-15");
        after.GetProperty("matterVersionId").GetGuid().ShouldNotBe(before.GetProperty("matterVersionId").GetGuid());
        beforeAgain.GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-09-10");
    }

    [Fact]
    public async Task Should_refuse_a_yandu_admin_editing_a_heshan_matter()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000");
        var api = new CaseApiClient(host);
        var yanduAdmin = await api.StaffTokenAsync("320903-admin");

        var response = await api.SendAsync(HttpMethod.Post, $"/api/v1/admin/regions/440784/matters/{PlanningPermit}/draft", yanduAdmin);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
