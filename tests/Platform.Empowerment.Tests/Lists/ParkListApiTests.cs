using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Catalogue.Contracts;
using Platform.Empowerment.Lists;
using Platform.Testing;

namespace Platform.Empowerment.Tests.Lists;

public sealed class ParkListApiTests
{
    private const string Api = "/api/v1/regions/430682/empowerment";

    [Fact]
    public async Task Should_refuse_a_safety_production_matter_with_the_reason_in_chinese_and_write_nothing()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/entries")
        {
            Content = JsonContent.Create(new
            {
                matterCode = "11430682MB0000051X000140001000", matterName = "危险化学品经营许可证核发", category = "hazardous-goods",
                keywords = new[] { "经营许可" }, fromUnitCode = "yjglj", mode = "Direct", batch = 2, plannedDate = "2022-04-30",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(fixture, "430682-admin"));
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await fixture.Host.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("empowerment.entry.excluded");
        problem.GetProperty("detail").GetString()!.ShouldStartWith("事项“危险化学品经营许可证核发”属于安全生产底线工作，不予赋权");
        var list = await fixture.Host.Http.GetFromJsonAsync<JsonElement>($"{Api}/entries?pageSize=100");
        list.GetProperty("items").EnumerateArray().ShouldNotContain(e => e.GetProperty("matterCode").GetString() == "11430682MB0000051X000140001000");
    }

    [Theory]
    [InlineData("经营许可证核发", "market-access", "scjgj")]
    [InlineData("许可证核发", "investment", "fgj")]
    [InlineData("某某备案", "", "gxq-spfw")]
    public async Task Should_refuse_the_catalogues_hazardous_chemicals_licence_whatever_name_category_and_department_it_is_typed_with(
        string typedName, string typedCategory, string typedDepartment)
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));

        var response = await AddEntryAsync(fixture, new
        {
            matterCode = "11430682MB0000051X000140001000", matterName = typedName, category = typedCategory, keywords = new[] { "经营许可" },
            fromUnitCode = typedDepartment, mode = "Direct", batch = 2, plannedDate = "2022-04-30",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("empowerment.entry.excluded");
        problem.GetProperty("detail").GetString()!.ShouldStartWith("事项“危险化学品经营许可证核发”属于安全生产底线工作，不予赋权");
        var list = await fixture.Host.Http.GetFromJsonAsync<JsonElement>($"{Api}/entries?pageSize=100");
        list.GetProperty("items").EnumerateArray().ShouldNotContain(e => e.GetProperty("matterCode").GetString() == "11430682MB0000051X000140001000");
    }

    [Fact]
    public void Should_refuse_a_matter_by_its_department_code_or_catalogue_texts_and_admit_one_none_of_them_claims()
    {
        var categories = new[]
        {
            new ExcludedCategory("ecological-environment", "生态环保", ["环境影响评价", "排污许可"], "底线工作不赋权。") { Departments = ["sthj"] },
            new ExcludedCategory("safety-production", "安全生产", ["危险化学品"], "底线工作不赋权。") { MatterCodes = ["000140009000"] },
        };

        var byText = ExcludedCategory.Claiming(categories, Facts("建设项目环境影响评价文件审批", "fgj"));
        var byDepartment = ExcludedCategory.Claiming(categories, Facts("某项备案", "sthj"));
        var byCode = ExcludedCategory.Claiming(categories, Facts("某项许可", "fgj") with { CatalogCode = "000140009000" });

        byText.ShouldNotBeNull().RefusalFor("建设项目环境影响评价文件审批").ShouldBe("事项“建设项目环境影响评价文件审批”属于生态环保底线工作，不予赋权：底线工作不赋权。");
        byDepartment.ShouldNotBeNull().Code.ShouldBe("ecological-environment");
        byCode.ShouldNotBeNull().Code.ShouldBe("safety-production");
        ExcludedCategory.Claiming(categories, Facts("固定资产投资项目节能审查", "fgj")).ShouldBeNull();
    }

    private static MatterFacts Facts(string name, string department) => new("11430682MB0000051X000150001000", "000150001000", name, "investment",
        [department], [name]);

    private static async Task<HttpResponseMessage> AddEntryAsync(ParkFixture fixture, object entry)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/entries") { Content = JsonContent.Create(entry) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(fixture, "430682-admin"));
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await fixture.Host.Http.SendAsync(request);
    }

    [Fact]
    public async Task Should_refuse_an_enterprise_on_the_negative_list_and_admit_one_that_is_not()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));

        var refused = await fixture.Host.Http.PostAsJsonAsync($"{Api}/entry-checks",
            new { enterpriseName = "临湘市某烟花厂", industryCode = "2669", businessScope = "烟花爆竹生产、销售" });
        var admitted = await fixture.Host.Http.PostAsJsonAsync($"{Api}/entry-checks",
            new { enterpriseName = "临湘市恒泰新材料有限公司", industryCode = "2929", businessScope = "塑料制品制造" });

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("empowerment.negative_list.prohibited");
        problem.GetProperty("detail").GetString().ShouldBe("属于园区投资经营负面清单第2项“烟花爆竹及民用爆炸物品生产”，禁止入园（依据：园区安全生产准入规则）。");
        admitted.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_waive_city_fees_and_follow_the_park_rules_for_every_seeded_empowered_matter()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var entries = await fixture.Host.Http.GetFromJsonAsync<JsonElement>($"{Api}/entries?pageSize=100");
        var codes = entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("matterCode").GetString()!).ToList();

        codes.Count.ShouldBe(4);
        foreach (var code in codes)
        {
            var matter = (await fixture.Get<ICatalogue>().InForceAsync(ParkFixture.Region, code, fixture.Clock.Now, CancellationToken.None))!.Definition;
            matter.Charged.ShouldBeFalse(code);
            matter.Fees.ShouldContain(f => f.Name == "市本级行政事业性收费" && f.Waived);
            ParkRules.Check(matter).Broken.ShouldBeEmpty(code);
        }
    }

    [Fact]
    public void Should_name_the_broken_park_rules_when_a_matter_charges_a_city_fee()
    {
        var matter = new MatterDefinition
        {
            Name = "示例事项", NotificationCommitment = true, Processing = ProcessingKind.Immediate,
            CommittedTimeLimit = MatterTimeLimit.WorkingDays(3),
            Fees = [new FeeItem { Name = "市本级行政事业性收费", Standard = "100元", Waived = false }],
        };

        ParkRules.Check(matter).Broken.ShouldBe(["备案、即办事项未当场或1个工作日内办结", "市本级收费未减免"]);
    }

    private static async Task<string> TokenAsync(ParkFixture fixture, string account)
    {
        var response = await fixture.Host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account, password = "Demo@123456" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
