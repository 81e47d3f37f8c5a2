using System.Text.Json;

namespace Platform.Empowerment.Routing;

/// <summary>The text fields of an application's form (JSON object of strings); anything else reads as no fields.</summary>
internal static class ApplicationForm
{
    /// <summary>GB/T 4754 industry code (国民经济行业分类代码).</summary>
    public const string IndustryCode = "industryCode";

    /// <summary>The project's land parcel (宗地代码).</summary>
    public const string ProjectSite = "projectSite";

    /// <summary>What the applicant declared as business scope (经营范围).</summary>
    public const string BusinessScope = "businessScope";

    public static IReadOnlyDictionary<string, string> Fields(string formJson)
    {
        var fields = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(formJson)) return fields;
        try
        {
            using var form = JsonDocument.Parse(formJson);
            if (form.RootElement.ValueKind != JsonValueKind.Object) return fields;
            foreach (var field in form.RootElement.EnumerateObject())
                if (field.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(field.Value.GetString()))
                    fields[field.Name] = field.Value.GetString()!.Trim();
        }
        catch (JsonException)
        {
            fields.Clear();
        }

        return fields;
    }
}
