using System.Text.RegularExpressions;

namespace Platform.Catalogue.Matters;

/// <summary>
/// The Chinese name of a definition's field path as rules and differences report it:
/// <c>committedTimeLimit.amount</c> is 承诺时限, <c>materials[1].core</c> is 申请材料第 2 项 · 核心材料.
/// </summary>
internal static partial class FieldNames
{
    private static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["catalogCode"] = "基本编码", ["code"] = "实施编码", ["handleItemCode"] = "业务办理项编码", ["name"] = "名称",
        ["type"] = "事项类型", ["department"] = "实施主体", ["delegatingBody"] = "委托部门", ["powerSource"] = "权力来源",
        ["legalTimeLimit"] = "法定时限", ["committedTimeLimit"] = "承诺时限", ["processing"] = "办件类型", ["conditions"] = "受理条件",
        ["materials"] = "申请材料", ["fees"] = "收费", ["onlineDepth"] = "网办深度", ["zeroVisit"] = "零跑动",
        ["visitsRequired"] = "到现场次数", ["deliveryMethods"] = "送达方式", ["notificationCommitment"] = "告知承诺制",
        ["tolerantAcceptance"] = "容缺受理", ["specialProcedures"] = "特别程序", ["legalBasis"] = "设定依据", ["flowChart"] = "流程图",
        ["charged"] = "是否收费", ["unit"] = "时限单位", ["explanation"] = "说明", ["requirement"] = "必要性", ["condition"] = "适用情形",
        ["core"] = "核心材料", ["form"] = "材料形式", ["copies"] = "份数", ["template"] = "表格模板", ["source"] = "来源渠道",
        ["licenceType"] = "电子证照类型", ["issuer"] = "出具单位", ["deferredSupply"] = "后补期限", ["standard"] = "收费标准",
        ["waived"] = "减免", ["basis"] = "收费依据", ["kind"] = "程序类型", ["limit"] = "时限", ["validFrom"] = "生效日期",
        ["validTo"] = "截止日期", ["verificationTimeLimit"] = "核查时限", ["verifyingDepartment"] = "核查单位",
    };

    private static readonly IReadOnlyDictionary<string, string> Items = new Dictionary<string, string>
    {
        ["conditions"] = "条", ["legalBasis"] = "条",
    };

    /// <summary>The field's name in Chinese; a path segment with no name stays as it is, so nothing is hidden.</summary>
    public static string Of(string path)
    {
        var parts = new List<string>();
        foreach (Match segment in Segment().Matches(path))
        {
            var key = segment.Groups["key"].Value;
            if (key == "amount" && parts.Count > 0) continue;
            var name = key == "name" && parts.Count == 0 ? "事项名称" : Names.GetValueOrDefault(key, key);
            if (segment.Groups["index"].Success)
                name += $"第 {int.Parse(segment.Groups["index"].Value) + 1} {Items.GetValueOrDefault(key, "项")}";
            parts.Add(name);
        }

        return parts.Count == 0 ? path : string.Join(" · ", parts);
    }

    /// <summary>An import error's column: a spreadsheet's own header as it is, a definition's field path by its name.</summary>
    public static string OfHeader(string header) =>
        header.Length == 0 || header.Any(c => c is >= '\u4e00' and <= '\u9fff') ? header : Of(header);

    /// <summary>The last key of a path (<c>materials[1].form</c> gives form; <c>deliveryMethods[0]</c> gives deliveryMethods).</summary>
    public static string LastKey(string path)
    {
        var matches = Segment().Matches(path);
        return matches.Count == 0 ? path : matches[^1].Groups["key"].Value;
    }

    [GeneratedRegex(@"(?<key>[A-Za-z]+)(\[(?<index>\d+)\])?")]
    private static partial Regex Segment();
}
