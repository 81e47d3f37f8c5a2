using System.Text.RegularExpressions;
using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Validation;

/// <summary>
/// Every field rule of a matter definition, with no I/O: the caller passes the unit codes of the
/// region so the implementing body can be checked.
/// </summary>
internal static partial class MatterRules
{
    public static IReadOnlyList<RuleBreach> Check(MatterDefinition matter, IReadOnlySet<string> unitCodes)
    {
        var rules = new RuleList();
        CheckCodes(matter, rules);
        rules.Text(matter.Name, "name", "事项名称", 100);
        rules.Require(Enum.IsDefined(matter.Type), "type", "catalogue.type.unknown", "事项类型不在目录范围内");
        rules.Require(unitCodes.Contains(matter.Department), "department", "catalogue.department.unknown",
            $"实施主体“{matter.Department}”不是本地区的组织机构");
        if (matter.VerifyingDepartment is { } verifying)
            rules.Require(unitCodes.Contains(verifying), "verifyingDepartment", "catalogue.department.unknown",
                $"核查单位“{verifying}”不是本地区的组织机构");
        rules.Text(matter.DelegatingBody, "delegatingBody", "委托部门", 100, required: false);
        rules.Text(matter.PowerSource, "powerSource", "权力来源", 100, required: false);
        TimeLimitRules.Check(matter, rules);
        MaterialRules.Check(matter, rules);
        ServiceRules.Check(matter, rules);
        for (var i = 0; i < matter.Conditions.Count; i++)
            rules.Text(matter.Conditions[i], $"conditions[{i}]", "受理条件", 1000);
        for (var i = 0; i < matter.LegalBasis.Count; i++)
            rules.Text(matter.LegalBasis[i], $"legalBasis[{i}]", "设定依据", 1000);
        rules.Require(matter.Type != MatterType.AdministrativeLicence || matter.LegalBasis.Count > 0, "legalBasis",
            "catalogue.legal_basis.missing", "行政许可事项须列明设定依据");
        rules.Require(matter.FlowChart is null || FlowChartStart().IsMatch(matter.FlowChart), "flowChart",
            "catalogue.flow_chart.not_mermaid", "流程图须为 mermaid 流程图（以 flowchart 或 graph 开头）");
        return rules.Breaches;
    }

    private static void CheckCodes(MatterDefinition matter, RuleList rules)
    {
        rules.Require(CatalogCodeFormat().IsMatch(matter.CatalogCode), "catalogCode", "catalogue.code.catalog_format",
            "基本编码须为 12 位数字");
        rules.Require(TaskCodeFormat().IsMatch(matter.Code), "code", "catalogue.code.task_format",
            "实施编码须为 18 位统一社会信用代码加 12 位基本编码");
        rules.Require(!TaskCodeFormat().IsMatch(matter.Code) || matter.Code.EndsWith(matter.CatalogCode, StringComparison.Ordinal),
            "code", "catalogue.code.task_mismatch", "实施编码的后 12 位须与基本编码一致");
        rules.Require(matter.HandleItemCode is null
                      || (matter.HandleItemCode.Length == matter.Code.Length + 3
                          && matter.HandleItemCode.StartsWith(matter.Code, StringComparison.Ordinal)
                          && matter.HandleItemCode[^3..].All(char.IsAsciiDigit)),
            "handleItemCode", "catalogue.code.handle_item_format", "业务办理项编码须为实施编码加 3 位数字");
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex CatalogCodeFormat();

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{18}[0-9]{12}$")]
    private static partial Regex TaskCodeFormat();

    [GeneratedRegex(@"^\s*(flowchart|graph)\s+(TD|TB|BT|LR|RL)\b")]
    private static partial Regex FlowChartStart();
}
