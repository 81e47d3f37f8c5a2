using System.Net;
using System.Text.Json;
using Platform.Catalogue.Contracts;
using Platform.Testing;

namespace Platform.Plugins.Yandu.Tests.NoFace;

/// <summary>The 80% online target read both ways, each named: the programme's share of matters and the platform's share of cases by channel.</summary>
[Collection(nameof(YanduHost))]
public sealed class OnlineRateTests(YanduHost yandu)
{
    private const string Day = "2026-11-02";

    [Fact]
    public async Task Should_show_the_share_of_matters_that_can_be_done_online_beside_the_share_of_cases_received_online_each_named()
    {
        yandu.Clock.Set(TestClock.At(2026, 11, 2, 10));
        var (_, before) = await yandu.SendAsync(HttpMethod.Get, $"/api/v1/regions/{YanduHost.Region}/online-rate?from={Day}&to={Day}", null);
        await yandu.SubmitAsync(await yandu.CitizenTokenAsync(), YanduHost.CompanyRegistration, null, "M01", "M02", "M04");
        await yandu.SubmitAsync(await yandu.StaffTokenAsync("clerk"), YanduHost.CompanyRegistration,
            new { id = "320903199001017777", name = "窗口申请人", kind = "citizen" }, "M01", "M02", "M03", "M04");

        var (status, rates) = await yandu.SendAsync(HttpMethod.Get, $"/api/v1/regions/{YanduHost.Region}/online-rate?from={Day}&to={Day}", null);

        status.ShouldBe(HttpStatusCode.OK, rates.ToString());
        var cases = rates.GetProperty("cases");
        cases.GetProperty("name").GetString().ShouldBe("办件网上受理率（平台口径）");
        cases.GetProperty("part").GetInt64().ShouldBe(before.GetProperty("cases").GetProperty("part").GetInt64() + 1);
        cases.GetProperty("whole").GetInt64().ShouldBe(before.GetProperty("cases").GetProperty("whole").GetInt64() + 2);
        var matters = rates.GetProperty("matters");
        matters.GetProperty("name").GetString().ShouldBe("事项网办率（方案口径）");
        var catalogue = yandu.Get<ICatalogue>();
        var published = await catalogue.SearchPublishedAsync(YanduHost.Region, new MatterQuery(PageSize: MatterQuery.MaxPageSize), default);
        var depths = new List<OnlineDepth>();
        foreach (var item in published.Items) depths.Add((await catalogue.VersionAsync(item.VersionId, default))!.Definition.OnlineDepth);
        matters.GetProperty("whole").GetInt64().ShouldBe(published.Total);
        matters.GetProperty("part").GetInt64().ShouldBe(depths.Count(d => d >= OnlineDepth.OnlineApplication));
        Share(matters).ShouldBe(Math.Round((decimal)matters.GetProperty("part").GetInt64() / matters.GetProperty("whole").GetInt64(), 4));
        matters.GetProperty("target").GetDecimal().ShouldBe(0.8m);
    }

    [Fact]
    public async Task Should_show_both_named_rates_on_the_yandu_page_and_refuse_a_period_that_ends_before_it_starts()
    {
        var page = await yandu.Host.Http.GetStringAsync($"/yandu/online-rate?from={Day}&to={Day}");
        var (status, problem) = await yandu.SendAsync(HttpMethod.Get, $"/api/v1/regions/{YanduHost.Region}/online-rate?from=2026-11-03&to={Day}", null);

        page.ShouldContain("事项网办率（方案口径）");
        page.ShouldContain("办件网上受理率（平台口径）");
        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("yandu.online_rate.period_invalid");
    }

    private static decimal? Share(JsonElement rate) =>
        rate.GetProperty("share").ValueKind == JsonValueKind.Null ? null : rate.GetProperty("share").GetDecimal();
}
