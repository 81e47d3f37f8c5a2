using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Catalogue.Tests.Api;

/// <summary>Every number DOMAIN.md gives for a matter, read back through the anonymous public API of the demo host.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class ProgrammeNumbersTests(DemoHostFixture fixture)
{
    private PlatformTestHost Host => fixture.Host;

    [Fact]
    public async Task Should_publish_the_heshan_numbers_when_the_demo_starts()
    {
        var land = await GuideAsync("440784", "建设用地规划许可证核发");
        Limits(land).ShouldBe((3, "WorkingDays", 15, "WorkingDays"));
        Materials(land).ShouldBe((12, 1));
        var planning = await GuideAsync("440784", "建设工程规划许可证核发");
        Limits(planning).ShouldBe((3, "WorkingDays", 15, "WorkingDays"));
        Materials(planning).ShouldBe((12, 1));
        var construction = await GuideAsync("440784", "建筑工程施工许可证核发");
        Limits(construction).ShouldBe((1, "WorkingDays", 7, "WorkingDays"));
        Materials(construction).ShouldBe((20, 3));
        foreach (var name in new[] { "建设工程消防设计审查", "建设项目环境影响报告表审批", "生产建设项目水土保持方案审批", "建设工程规划指标核查" })
            Committed(await GuideAsync("440784", name)).ShouldBe((10, "WorkingDays"));
        Committed(await GuideAsync("440784", "工业项目准入审核")).ShouldBe((5, "WorkingDays"));
    }

    [Fact]
    public async Task Should_publish_the_yandu_numbers_when_the_demo_starts()
    {
        Limits(await GuideAsync("320903", "公司设立登记")).ShouldBe((3, "WorkingDays", 15, "WorkingDays"));
        Committed(await GuideAsync("320903", "不动产转移登记")).ShouldBe((5, "WorkingDays"));
        Committed(await GuideAsync("320903", "工业建设项目施工许可（全流程联办）")).ShouldBe((50, "WorkingDays"));
        Committed(await GuideAsync("320903", "施工图联合审查")).ShouldBe((7, "WorkingDays"));
        var assessment = await GuideAsync("320903", "建设项目联合评估（多评合一）");
        Committed(assessment).ShouldBe((40, "WorkingDays"));
        Definition(assessment).GetProperty("committedTimeLimit").GetProperty("explanation").GetString().ShouldNotBeNull().ShouldContain("5年");
    }

    [Fact]
    public async Task Should_publish_the_anshan_numbers_when_the_demo_starts()
    {
        Limits(await GuideAsync("210300", "建设用地规划许可证核发")).ShouldBe((24, "Hours", 20, "WorkingDays"));
        Committed(await GuideAsync("210300", "市政公用设施报装接入（一般项目）")).ShouldBe((7, "WorkingDays"));
        Committed(await GuideAsync("210300", "市政公用设施报装接入（复杂项目）")).ShouldBe((13, "WorkingDays"));
        Committed(await GuideAsync("210300", "供水报装接入")).ShouldBe((20, "WorkingDays"));
        Committed(await GuideAsync("210300", "燃气报装接入")).ShouldBe((16, "WorkingDays"));
        Committed(await GuideAsync("210300", "供热报装接入")).ShouldBe((15, "WorkingDays"));
    }

    [Fact]
    public async Task Should_publish_the_yueyang_numbers_when_the_demo_starts()
    {
        var opening = await GuideAsync("430600", "企业开办（一件事）");
        Committed(opening).ShouldBe((1, "WorkingDays"));
        Definition(opening).GetProperty("charged").GetBoolean().ShouldBeFalse();
        Committed(await GuideAsync("430600", "企业设立登记")).ShouldBe((3, "WorkingDays"));
        Committed(await GuideAsync("430600", "一手房转移登记（交房即交证）")).ShouldBe((1, "WorkingDays"));
        Committed(await GuideAsync("430600", "二手房转移登记")).ShouldBe((2, "WorkingDays"));
        Committed(await GuideAsync("430600", "高压（10(20)千伏）电力接入")).ShouldBe((70, "WorkingDays"));
        Committed(await GuideAsync("430600", "低压（400伏）非居民电力接入")).ShouldBe((20, "WorkingDays"));
        Committed(await GuideAsync("430600", "供水报装接入")).ShouldBe((15, "WorkingDays"));
        Committed(await GuideAsync("430600", "燃气报装接入")).ShouldBe((15, "WorkingDays"));
    }

    [Fact]
    public async Task Should_publish_the_linxiang_numbers_when_the_demo_starts()
    {
        var filing = await GuideAsync("430682", "企业投资项目备案");
        var definition = Definition(filing);
        Committed(filing).ShouldBe((1, "WorkingDays"));
        definition.GetProperty("processing").GetString().ShouldBe("Immediate");
        definition.GetProperty("notificationCommitment").GetBoolean().ShouldBeTrue();
        definition.GetProperty("materials").GetArrayLength().ShouldBe(2);
        definition.GetProperty("charged").GetBoolean().ShouldBeFalse();
        filing.GetProperty("departmentName").GetString().ShouldBe("临湘高新区管委会审批服务部");
        Committed(await GuideAsync("430682", "工业项目“拿地即开工”联合审批")).ShouldBe((5, "WorkingDays"));
        Committed(await GuideAsync("430682", "工程竣工联合验收")).ShouldBe((8, "WorkingDays"));
    }

    private async Task<JsonElement> GuideAsync(string region, string name)
    {
        var page = await Host.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{region}/matters?q={Uri.EscapeDataString(name)}&pageSize=100");
        var code = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name).GetProperty("code").GetString();
        return await Host.Http.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{region}/matters/{code}");
    }

    private static JsonElement Definition(JsonElement guide) => guide.GetProperty("version").GetProperty("definition");

    private static (int, string) Committed(JsonElement guide) => Limit(Definition(guide).GetProperty("committedTimeLimit"));

    private static (int, string, int, string) Limits(JsonElement guide)
    {
        var (committed, committedUnit) = Committed(guide);
        var (legal, legalUnit) = Limit(Definition(guide).GetProperty("legalTimeLimit"));
        return (committed, committedUnit, legal, legalUnit);
    }

    private static (int, string) Limit(JsonElement limit) => (limit.GetProperty("amount").GetInt32(), limit.GetProperty("unit").GetString()!);

    private static (int Total, int Core) Materials(JsonElement guide)
    {
        var materials = Definition(guide).GetProperty("materials").EnumerateArray().ToList();
        return (materials.Count, materials.Count(m => m.GetProperty("core").GetBoolean()));
    }
}
