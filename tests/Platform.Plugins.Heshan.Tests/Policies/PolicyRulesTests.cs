using Platform.Plugins.Heshan.Contracts;
using Platform.Plugins.Heshan.Policies;

namespace Platform.Plugins.Heshan.Tests.Policies;

public sealed class PolicyRulesTests
{
    private static readonly IReadOnlyList<PolicyDefinition> Library = PolicyLibrary.Load();

    private static PolicyResult Evaluate(string code, EnterpriseData data) => PolicyRules.Evaluate(Library.Single(p => p.Code == code), data);

    [Fact]
    public void Should_pay_ten_percent_of_rd_spend_capped_at_one_hundred_when_both_conditions_are_met()
    {
        Evaluate("hs-rd-subsidy", new EnterpriseData("制造业", 8000, 300, 400, 120, true)).Amount.ShouldBe(40m);
        Evaluate("hs-rd-subsidy", new EnterpriseData("制造业", 80000, 3000, 1500, 800, true)).Amount.ShouldBe(100m);
    }

    [Fact]
    public void Should_show_which_condition_fails_when_revenue_is_below_the_threshold()
    {
        var result = Evaluate("hs-rd-subsidy", new EnterpriseData("制造业", 1500, 30, 200, 40, false));
        result.Qualifies.ShouldBeFalse();
        result.Amount.ShouldBeNull();
        result.Conditions.Single(c => !c.Met).Rule.ShouldBe("年营业收入 ≥ 2000万元");
        result.Conditions.Single(c => !c.Met).Actual.ShouldBe("1500万元");
    }

    [Fact]
    public void Should_qualify_only_manufacturers_when_the_policy_names_the_industry()
    {
        Evaluate("hs-manufacturing-growth", new EnterpriseData("制造业", 3000, 1000, 0, 60, false)).Amount.ShouldBe(20m);
        Evaluate("hs-manufacturing-growth", new EnterpriseData("批发和零售业", 3000, 1000, 0, 60, false)).Qualifies.ShouldBeFalse();
    }

    [Fact]
    public void Should_translate_conditions_to_sql_with_parameters_when_listing_qualifying_enterprises()
    {
        var (where, parameters) = PolicyRules.ToSql(Library.Single(p => p.Code == "hs-small-employment"));
        where.ShouldBe("employees >= @p0 AND employees <= @p1 AND annual_revenue < @p2");
        parameters.Get<decimal>("p2").ShouldBe(5000m);
    }
}
