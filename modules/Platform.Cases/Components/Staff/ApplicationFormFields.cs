using System.Text.Json;

namespace Platform.Cases.Components.Staff;

/// <summary>
/// The form an applicant filled in, as labelled rows. The apply page, bundles (一表) and projects store each field under
/// its Chinese label already; the few keys an API client may send in English are given their labels here.
/// </summary>
internal static class ApplicationFormFields
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["projectName"] = "项目名称", ["description"] = "情况说明", ["enterpriseName"] = "企业名称", ["legalRepresentative"] = "法定代表人",
        ["address"] = "地址", ["contactPhone"] = "联系电话", ["contact"] = "联系人", ["projectCode"] = "项目代码", ["location"] = "建设地点",
    };

    public static IReadOnlyList<(string Label, string Value)> Of(string formJson)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(formJson) ? "{}" : formJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object) return [];
        return document.RootElement.EnumerateObject()
            .Select(p => (Labels.GetValueOrDefault(p.Name, p.Name), Text(p.Value)))
            .Where(f => f.Item2.Length > 0)
            .ToList();
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(Text).Where(t => t.Length > 0)),
        JsonValueKind.Object => string.Join("；", value.EnumerateObject().Select(p => $"{Labels.GetValueOrDefault(p.Name, p.Name)}：{Text(p.Value)}")),
        _ => value.GetRawText(),
    };
}
