using System.Net;
using Platform.Testing;

namespace Platform.Plugins.Heshan.Tests.Policies;

public sealed class CalculatorApiTests
{
    private const string DemoEnterprise = "91440784MA0DEMO01X";
    private const string OtherEnterprise = "91440784MA5HONGDA1";

    private static object Data(string name, bool highTech) => new
    {
        name, data = new { industry = "制造业", annualRevenue = 3000, taxPaid = 120, rdSpend = 150, employees = 80, highTech },
    };

    [Fact]
    public async Task Should_show_an_enterprise_applicant_its_own_policies_with_each_condition_when_it_enters_its_data()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var applicant = await fixture.ApplicantTokenAsync(DemoEnterprise);
        await fixture.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/heshan/enterprises/{DemoEnterprise}/policies", applicant);

        var saved = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/heshan/enterprises/{DemoEnterprise}/data", applicant,
            Data("鹤山市演示科技有限公司", highTech: false));
        var hitech = saved.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "hs-hitech-award");
        hitech.GetProperty("qualifies").GetBoolean().ShouldBeFalse();
        hitech.GetProperty("conditions")[0].GetProperty("met").GetBoolean().ShouldBeFalse();
        var rd = saved.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "hs-rd-subsidy");
        rd.GetProperty("qualifies").GetBoolean().ShouldBeTrue();
        rd.GetProperty("amount").GetDecimal().ShouldBe(15m);

        var again = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/heshan/enterprises/{DemoEnterprise}/policies", applicant);
        again.GetProperty("name").GetString().ShouldBe("鹤山市演示科技有限公司");
    }

    [Fact]
    public async Task Should_keep_an_applicant_to_its_own_credit_code_and_yandu_staff_out_when_they_reach_for_other_enterprises()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var staff = await fixture.StaffOfAsync("kgsw");
        await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/heshan/enterprises/{OtherEnterprise}/data", staff,
            Data("鹤山市宏达实业有限公司", highTech: true));

        var applicant = await fixture.ApplicantTokenAsync(DemoEnterprise);
        await fixture.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/heshan/enterprises/{OtherEnterprise}/policies", applicant);
        await fixture.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"/api/v1/heshan/enterprises/{OtherEnterprise}/data", applicant,
            Data("冒名企业", highTech: false));
        await fixture.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/v1/heshan/policies/hs-hitech-award/enterprises", applicant);

        var yandu = await fixture.TokenAsync("320903-admin");
        await fixture.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/heshan/enterprises/{OtherEnterprise}/policies", yandu);
        await fixture.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"/api/v1/heshan/enterprises/{OtherEnterprise}/data", yandu,
            Data("冒名企业", highTech: false));
        await fixture.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/v1/heshan/policies/hs-hitech-award/enterprises", yandu);

        var unchanged = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/heshan/enterprises/{OtherEnterprise}/policies", staff);
        unchanged.GetProperty("name").GetString().ShouldBe("鹤山市宏达实业有限公司");
    }

    [Fact]
    public async Task Should_list_qualifying_enterprises_page_by_page_when_heshan_staff_ask_for_a_policy()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var staff = await fixture.StaffOfAsync("kgsw");
        foreach (var (id, highTech) in new[] { ("91440784MA5QUAL001", true), ("91440784MA5QUAL002", true), ("91440784MA5NOTQ003", false) })
            await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/heshan/enterprises/{id}/data", staff, Data($"企业{id[^3..]}", highTech));

        var first = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/heshan/policies/hs-hitech-award/enterprises?pageSize=1", staff);
        first.GetProperty("total").GetInt64().ShouldBe(2);
        first.GetProperty("items").EnumerateArray().Single().GetProperty("enterpriseId").GetString().ShouldBe("91440784MA5QUAL001");
        var second = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/heshan/policies/hs-hitech-award/enterprises?pageSize=1&page=2", staff);
        var only = second.GetProperty("items").EnumerateArray().Single();
        only.GetProperty("enterpriseId").GetString().ShouldBe("91440784MA5QUAL002");
        only.GetProperty("amount").GetDecimal().ShouldBe(20m);
        await fixture.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, "/api/v1/heshan/policies/nosuch/enterprises", staff);
    }
}
