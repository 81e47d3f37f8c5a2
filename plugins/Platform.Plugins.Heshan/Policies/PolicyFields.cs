using System.Globalization;
using Platform.Plugins.Heshan.Contracts;

namespace Platform.Plugins.Heshan.Policies;

/// <summary>The enterprise fields conditions may name: Chinese label, unit, column, and how to read the value.</summary>
internal static class PolicyFields
{
    public sealed record Field(string Name, string Label, string Unit, string Column, bool Numeric, Func<EnterpriseData, string> Read);

    public static readonly IReadOnlyDictionary<string, Field> All = new Dictionary<string, Field>
    {
        ["industry"] = new("industry", "所属行业", "", "industry", false, d => d.Industry),
        ["annualRevenue"] = new("annualRevenue", "年营业收入", "万元", "annual_revenue", true, d => Number(d.AnnualRevenue)),
        ["taxPaid"] = new("taxPaid", "年纳税额", "万元", "tax_paid", true, d => Number(d.TaxPaid)),
        ["rdSpend"] = new("rdSpend", "年研发投入", "万元", "rd_spend", true, d => Number(d.RdSpend)),
        ["employees"] = new("employees", "从业人数", "人", "employees", true, d => d.Employees.ToString(CultureInfo.InvariantCulture)),
        ["highTech"] = new("highTech", "高新技术企业", "", "high_tech", false, d => d.HighTech ? "true" : "false"),
    };

    public static decimal Numeric(EnterpriseData data, string field) =>
        decimal.Parse(All[field].Read(data), CultureInfo.InvariantCulture);

    public static string Display(Field field, string value) =>
        field.Name == "highTech" ? (value == "true" ? "是" : "否") : $"{value}{field.Unit}";

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
