using Dapper;
using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Versions;
using Platform.Kernel.Audit;
using Platform.Kernel.Errors;

namespace Platform.Catalogue.Tests.Versions;

[Collection(DemoHostCollection.Name)]
public sealed class PublishTests(DemoHostFixture fixture)
{
    private const string Region = TestMatters.Region;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private MatterAdmin Admin => fixture.Host.Get<MatterAdmin>();
    private ICatalogue Catalogue => fixture.Host.Get<ICatalogue>();

    [Fact]
    public async Task Should_keep_the_old_committed_limit_before_T_and_give_the_new_one_after_when_a_change_is_published_at_T()
    {
        var matter = TestMatters.Valid();
        await Admin.SaveDraftAsync(Region, matter, "admin", None);
        var first = await Admin.PublishAsync(Region, matter.Code, Start, null, "admin", None);
        await Admin.OpenDraftAsync(Region, matter.Code, "admin", None);
        await Admin.SaveDraftAsync(Region, matter with { CommittedTimeLimit = MatterTimeLimit.WorkingDays(2) }, "admin", None);
        var t = DateTimeOffset.UtcNow.AddDays(30);

        var second = await Admin.PublishAsync(Region, matter.Code, t, null, "admin", None);

        var before = await Catalogue.InForceAsync(Region, matter.Code, t.AddSeconds(-1), None);
        var after = await Catalogue.InForceAsync(Region, matter.Code, t.AddSeconds(1), None);
        before.ShouldNotBeNull().Id.ShouldBe(first.Id);
        before.Definition.CommittedTimeLimit.Amount.ShouldBe(3);
        after.ShouldNotBeNull().Id.ShouldBe(second.Id);
        after.Definition.CommittedTimeLimit.Amount.ShouldBe(2);
        (await Catalogue.VersionAsync(first.Id, None)).ShouldNotBeNull().ValidTo.ShouldNotBeNull().ShouldBe(t, TimeSpan.FromMilliseconds(1));
        (await Catalogue.InForceAsync(Region, matter.Code, Start.AddSeconds(-1), None)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_leave_the_published_version_unchanged_when_a_new_draft_is_edited()
    {
        var matter = TestMatters.Valid();
        await Admin.SaveDraftAsync(Region, matter, "admin", None);
        var published = await Admin.PublishAsync(Region, matter.Code, Start, null, "admin", None);

        var draft = await Admin.OpenDraftAsync(Region, matter.Code, "admin", None);
        await Admin.SaveDraftAsync(Region, matter with { Name = "改名后的事项" }, "admin", None);

        draft.Number.ShouldBe(2);
        draft.Id.ShouldNotBe(published.Id);
        (await Catalogue.VersionAsync(published.Id, None)).ShouldNotBeNull().Definition.Name.ShouldBe(matter.Name);
        (await Catalogue.InForceAsync(Region, matter.Code, DateTimeOffset.UtcNow, None)).ShouldNotBeNull().Definition.Name.ShouldBe(matter.Name);
    }

    [Fact]
    public async Task Should_list_the_history_and_differences_when_a_matter_has_two_versions()
    {
        var matter = TestMatters.Valid();
        await Admin.SaveDraftAsync(Region, matter, "admin", None);
        await Admin.PublishAsync(Region, matter.Code, Start, null, "admin", None);
        await Admin.OpenDraftAsync(Region, matter.Code, "admin", None);
        var changed = matter with
        {
            CommittedTimeLimit = MatterTimeLimit.WorkingDays(2, "承诺时限"),
            Materials = [.. matter.Materials.Select((m, i) => i == 1 ? m with { Copies = 3 } : m)],
        };
        await Admin.SaveDraftAsync(Region, changed, "admin", None);

        var history = await Admin.HistoryAsync(Region, matter.Code, None);
        var diff = await Admin.DiffAsync(Region, matter.Code, 1, 2, None);

        history.Select(v => (v.Number, v.State)).ShouldBe([(2, VersionState.Draft), (1, VersionState.Published)]);
        diff.ShouldBe([new FieldDifference("committedTimeLimit.amount", "3", "2"), new FieldDifference("materials[1].copies", "2", "3")], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_refuse_and_write_nothing_when_a_draft_breaks_a_rule()
    {
        var matter = TestMatters.Valid() with { CommittedTimeLimit = MatterTimeLimit.WorkingDays(20) };

        var problem = await Should.ThrowAsync<PlatformProblem>(() => Admin.SaveDraftAsync(Region, matter, "admin", None));

        problem.Status.ShouldBe(400);
        problem.Code.ShouldBe("catalogue.time_limit.committed_exceeds_legal");
        problem.Errors.Keys.ShouldContain("committedTimeLimit.amount");
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        (await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM catalogue.matters WHERE code = @Code", new { matter.Code })).ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_when_the_validity_starts_before_the_previous_version()
    {
        var matter = TestMatters.Valid();
        await Admin.SaveDraftAsync(Region, matter, "admin", None);
        await Admin.PublishAsync(Region, matter.Code, Start, null, "admin", None);
        await Admin.OpenDraftAsync(Region, matter.Code, "admin", None);

        var problem = await Should.ThrowAsync<PlatformProblem>(() => Admin.PublishAsync(Region, matter.Code, Start.AddDays(-1), null, "admin", None));
        var reversed = await Should.ThrowAsync<PlatformProblem>(() => Admin.PublishAsync(Region, matter.Code, Start.AddDays(2), Start.AddDays(1), "admin", None));

        problem.Code.ShouldBe("catalogue.validity.not_after_previous");
        reversed.Code.ShouldBe("catalogue.validity.end_before_start");
        (await Admin.HistoryAsync(Region, matter.Code, None)).Count(v => v.State == VersionState.Published).ShouldBe(1);
    }

    [Fact]
    public async Task Should_audit_the_publication_when_a_version_is_published()
    {
        var matter = TestMatters.Valid();
        await Admin.SaveDraftAsync(Region, matter, "admin", None);
        await Admin.PublishAsync(Region, matter.Code, Start, null, "admin", None);

        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        var actions = await connection.QueryAsync<string>(
            "SELECT action FROM platform.audit_records WHERE region_code = @Region AND subject_id = @Code", new { Region, matter.Code });
        actions.ShouldBe(["catalogue.draft.saved", "catalogue.version.published"], ignoreOrder: true);
        (await fixture.Host.Get<IAuditTrail>().VerifyAsync(Region, None)).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_page_and_filter_published_matters_when_searching()
    {
        var page = await Catalogue.SearchPublishedAsync("440784", new MatterQuery(Department: "zrzy", PageSize: 2), None);

        page.Items.Count.ShouldBe(2);
        page.Total.ShouldBeGreaterThanOrEqualTo(3);
        page.Items.ShouldAllBe(i => i.Department == "zrzy" && i.State == VersionState.Published);
    }
}
