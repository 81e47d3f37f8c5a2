using Platform.Bundles.Contracts;
using Platform.Bundles.Domain;
using Platform.Bundles.Intake;
using Platform.Bundles.Submission;
using Platform.Catalogue.Contracts;
using Platform.Identity.Contracts;
using Npgsql;

namespace Platform.Bundles.Tests.Seeds;

/// <summary>The breadth of 岳阳's seed (003): every bundle and zone it names, complete flow charts, nothing asked that a parallel member issues.</summary>
public sealed class YueyangSeedTests(BundleFixture fixture) : IClassFixture<BundleFixture>
{
    /// <summary>The zones of "1+X" (三(一)3): 工程建设项目审批、不动产登记、税务服务、住房公积金办理、人社事务、医疗保障、公安服务.</summary>
    public static readonly TheoryData<string> Zones = new()
    {
        "工程建设项目审批专区", "不动产登记专区", "税务服务专区", "住房公积金专区", "人社事务专区", "医疗保障专区", "公安服务专区",
    };

    [Fact]
    public async Task Should_publish_every_one_thing_bundle_the_programme_names()
    {
        var published = await fixture.Get<IBundleCatalogue>().SearchPublishedAsync(BundleFixture.Yueyang, null, 1, 100, CancellationToken.None);

        published.Items.Select(b => b.Name).ShouldBe(
            ["企业开办一件事", "一手房交房即交证", "二手房交易登记", "水电气报装一件事", "不动产登记与水电气广电网络过户联办", "新办企业涉税套餐"],
            ignoreOrder: true);
        var opening = published.Items.Single(b => b.Code == BundleFixture.EnterpriseOpening);
        opening.CommittedWorkingDays.ShouldBe(1);
        published.Items.Single(b => b.Name == "一手房交房即交证").CommittedWorkingDays.ShouldBe(1);
        published.Items.Single(b => b.Name == "二手房交易登记").CommittedWorkingDays.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task Should_open_the_zone_window_and_keep_other_zones_bundles_from_it_when_the_programme_names_the_zone(string name)
    {
        var units = await fixture.Get<IOrganisationDirectory>().UnitsAsync(BundleFixture.Yueyang, CancellationToken.None);
        var zone = units.SingleOrDefault(u => u.Name == name).ShouldNotBeNull($"{name} is not a unit of 岳阳");
        await using var connection = await fixture.Get<NpgsqlDataSource>().OpenConnectionAsync();
        var zones = await BundleCaseStore.ZonesAsync(connection, BundleFixture.Yueyang);

        zone.Kind.ShouldBe(UnitKind.Window);
        zones.ShouldContain(zone.Code);
        WindowRule.MayTake(zone, null, zones).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_draw_every_member_in_the_flow_chart_of_every_bundle()
    {
        foreach (var (bundle, _) in await BundlesAsync())
        {
            var chart = bundle.Definition.FlowChart.ShouldNotBeNull(bundle.Definition.Name);
            foreach (var member in bundle.Definition.Members)
            {
                var matter = await MatterAsync(member.MatterCode);
                chart.ShouldContain(matter.Definition.Name, Case.Sensitive, $"{bundle.Definition.Name} 的流程图缺少 {matter.Definition.Name}");
            }
        }
    }

    [Fact]
    public async Task Should_never_ask_for_a_document_a_parallel_member_issues_in_any_situation_of_any_bundle()
    {
        var catalogue = fixture.Get<IBundleCatalogue>();
        var checkedIssued = 0;
        foreach (var (bundle, answerSets) in await BundlesAsync())
        foreach (var answers in answerSets)
        {
            var guidance = await catalogue.GuideAsync(BundleFixture.Yueyang, bundle.Code, answers, CancellationToken.None);
            foreach (var material in guidance.Materials)
            foreach (var use in material.UsedBy)
            foreach (var other in guidance.Matters.Where(m => m.Code != use.MatterCode))
            {
                var issued = (await MatterAsync(other.Code)).Definition.Results;
                checkedIssued += issued.Count;
                issued.ShouldNotContain(material.Name, $"{bundle.Definition.Name}：{other.Name} 出具 {material.Name}，不应再向申请人索要");
                if (material.LicenceType is { } type) issued.ShouldNotContain(type);
            }
        }

        checkedIssued.ShouldBeGreaterThan(0);
    }

    /// <summary>Every published bundle of 岳阳 with every combination of its situation answers that selects some matter.</summary>
    private async Task<List<(BundleVersion Bundle, List<Dictionary<string, string>> Answers)>> BundlesAsync()
    {
        var catalogue = fixture.Get<IBundleCatalogue>();
        var page = await catalogue.SearchPublishedAsync(BundleFixture.Yueyang, null, 1, 100, CancellationToken.None);
        var result = new List<(BundleVersion, List<Dictionary<string, string>>)>();
        foreach (var summary in page.Items)
        {
            var version = (await catalogue.VersionAsync(summary.VersionId, CancellationToken.None))!;
            var sets = new List<Dictionary<string, string>> { new() };
            foreach (var question in version.Definition.Questions)
                sets = sets.SelectMany(s => question.Options.Select(o => new Dictionary<string, string>(s) { [question.Id] = o.Value })).ToList();
            result.Add((version, sets.Where(s => BundleResolver.SelectMatters(version.Definition, s).Count > 0).ToList()));
        }

        return result;
    }

    private async Task<MatterVersion> MatterAsync(string code) =>
        (await fixture.Get<ICatalogue>().InForceAsync(BundleFixture.Yueyang, code, fixture.Clock.Now, CancellationToken.None)).ShouldNotBeNull(code);
}
