using System.Net.Http.Json;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Supervision.Statistics;
using Platform.Testing;

namespace Platform.Supervision.Tests.Watch;

/// <summary>
/// The deadline watch over the case engine's own clocks on the 鹤山 demo catalogue: a commitment's post-verification
/// (消防设计审查, 10 working days, verified by the 住建局) and a special procedure's limit (建设工程规划许可证's 批前公示, 7 calendar days).
/// </summary>
public sealed class CommitmentAndSuspensionWatchTests
{
    private const string Region = "440784";
    private const string FireDesignReview = "11440784MB0000012X000173002000";
    private const string PlanningPermit = "11440784MB0000011X000172002000";
    private static readonly CaseActor Clerk = new("t-clerk", "窗口受理员", Region, "zhck");

    [Fact]
    public async Task Should_find_every_overdue_verification_recordable_by_its_verifying_unit_when_30_days_have_passed()
    {
        var clock = new TestClock(TestClock.At(2026, 11, 2, 10));
        await using var host = await SupervisionHost.StartAsync(clock);
        var workflow = host.Get<ICaseWorkflow>();
        var committed = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var submitted = await SubmitAsync(host, FireDesignReview, []);
            committed.Add((await workflow.AcceptOnCommitmentAsync(submitted.Id, submitted.Version, true, Clerk, CancellationToken.None)).Id);
        }

        clock.Set(TestClock.At(2026, 12, 2, 10));
        await host.WatchAsync();

        await using var connection = await host.Get<NpgsqlDataSource>().OpenConnectionAsync();
        var overdue = (await connection.QueryAsync<(Guid CaseId, string UnitCode)>(
            "SELECT case_id, unit_code FROM supervision.warnings WHERE level = 'overdue' AND subject_type = 'post-verification'")).ToList();
        overdue.Select(w => w.CaseId).Order().ShouldBe(committed.Order());
        foreach (var (caseId, unitCode) in overdue)
        {
            unitCode.ShouldBe("zjj");
            var view = (await host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None))!;
            var recorded = await workflow.RecordVerificationAsync(caseId, view.Version, true, "核查属实", new CaseActor("t-zjj", "住建局核查员", Region, "zjj"),
                CancellationToken.None);
            recorded.PostVerification!.Result.ShouldBe("verified");
        }

        var counts = await host.Get<StatisticsQueries>().SumAsync(Region, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31), "region",
            CancellationToken.None);
        counts.Single().Verified.ShouldBe(2);
        counts.Single().Commitment.ShouldBe(2);
    }

    [Fact]
    public async Task Should_warn_the_handling_unit_when_a_public_notice_outlasts_its_seven_calendar_days()
    {
        var clock = new TestClock(TestClock.At(2026, 11, 2, 10));
        await using var host = await SupervisionHost.StartAsync(clock);
        var workflow = host.Get<ICaseWorkflow>();
        var codes = await MaterialCodesAsync(host, PlanningPermit);
        var submitted = await SubmitAsync(host, PlanningPermit, codes);
        var accepted = await workflow.AcceptAsync(submitted.Id, submitted.Version, Clerk, CancellationToken.None);
        var reviewer = new CaseActor("t-zrzy", "自然资源局审查员", Region, "zrzy");

        var suspended = await workflow.SuspendAsync(accepted.Id, accepted.Version, "PublicNotice", "设计方案批前公示", reviewer, CancellationToken.None);

        suspended.Suspensions.Single().Due.ShouldBe(new DateOnly(2026, 11, 9));
        clock.Set(TestClock.At(2026, 11, 9, 9));
        await host.WatchAsync();
        clock.Set(TestClock.At(2026, 11, 11, 9));
        await host.WatchAsync();
        await using var connection = await host.Get<NpgsqlDataSource>().OpenConnectionAsync();
        var warnings = (await connection.QueryAsync<(string Level, Guid CaseId, string UnitCode)>(
            "SELECT level, case_id, unit_code FROM supervision.warnings WHERE subject_type = 'case-suspension' ORDER BY raised_at")).ToList();
        warnings.Select(w => w.Level).ShouldBe(["red", "overdue"]);
        warnings.ShouldAllBe(w => w.CaseId == accepted.Id && w.UnitCode == "zrzy");
        (await connection.QuerySingleAsync<string>(
            "SELECT title FROM supervision.inbox_messages WHERE unit_code = 'zrzy' AND kind = 'warning' ORDER BY created_at DESC LIMIT 1"))
            .ShouldContain("特别程序");
    }

    private static async Task<CaseReference> SubmitAsync(SupervisionHost host, string matter, IReadOnlyList<string> sharedCodes) =>
        await host.Get<ICaseSubmissions>().SubmitAsync(
            new CaseSubmission(Region, matter, new CaseApplicant("91440784MA5WATCH1X", "鹤山市监察测试有限公司", "enterprise", "91440784MA5WATCH1X"),
                "window", """{"项目名称":"监察测试厂房"}""", [],
                sharedCodes.ToDictionary(code => code, code => new SharedMaterialMatch("鹤山市政务数据共享平台", $"SHARE-{code}"))),
            Clerk, Guid.NewGuid().ToString(), CancellationToken.None);

    private static async Task<List<string>> MaterialCodesAsync(SupervisionHost host, string matter)
    {
        var response = await host.Host.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/cases/requirements?region={Region}&matter={matter}");
        return response.GetProperty("materials").EnumerateArray().Select(m => m.GetProperty("code").GetString()!).ToList();
    }
}
