using System.Text;

namespace Platform.Empowerment.Handover;

/// <summary>Fills the programme's agreement template (赋权交接协议范本): {{部门}}, {{园区}}, {{批次}}, {{事项清单}}, {{签署日期}}, {{资料移交期限}}, {{系统权限期限}}, {{印章}}.</summary>
internal static class AgreementText
{
    public static string Render(string template, AgreementTerms terms)
    {
        var list = new StringBuilder();
        for (var i = 0; i < terms.Matters.Count; i++) list.Append($"{i + 1}. {terms.Matters[i]}\n");
        return template
            .Replace("{{部门}}", terms.DepartmentName)
            .Replace("{{园区}}", terms.ParkName)
            .Replace("{{批次}}", terms.BatchName)
            .Replace("{{事项清单}}", list.ToString().TrimEnd())
            .Replace("{{签署日期}}", Prose(terms.SignedOn))
            .Replace("{{资料移交期限}}", Prose(terms.RecordsDue))
            .Replace("{{系统权限期限}}", Prose(terms.AccessDue))
            .Replace("{{印章}}", terms.ApprovalSeal);
    }

    private static string Prose(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
