using System.Text.Json;
using Platform.Bundles.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Domain;

/// <summary>The one form (一表): each field filled once, then copied to every selected matter's own form field.</summary>
internal static class CombinedForm
{
    /// <summary>Checks the fields the selected matters need; a value for a field of the bundle that the answers left out is ignored.</summary>
    public static void Check(IReadOnlyList<BundleField> allFields, IReadOnlyList<BundleField> fields, IReadOnlyDictionary<string, string> values)
    {
        foreach (var key in values.Keys.Where(k => allFields.All(f => f.Key != k)))
            throw PlatformProblem.Invalid("bundle.form.unknown_field", $"form.{key}", $"表单没有字段 {key}。");
        foreach (var field in fields)
        {
            values.TryGetValue(field.Key, out var value);
            if (field.Required && string.IsNullOrWhiteSpace(value))
                throw PlatformProblem.Invalid("bundle.form.required", $"form.{field.Key}", $"请填写“{field.Label}”。");
            if (value is { Length: > 2000 })
                throw PlatformProblem.Invalid("bundle.form.too_long", $"form.{field.Key}", $"“{field.Label}”不超过 2000 字。");
        }
    }

    /// <summary>The form one member matter receives: its own field names, each with the value asked once.</summary>
    public static Dictionary<string, string> For(string matterCode, IReadOnlyList<BundleField> fields, IReadOnlyDictionary<string, string> values)
    {
        var form = new Dictionary<string, string>();
        foreach (var field in fields)
        {
            if (!values.TryGetValue(field.Key, out var value) || string.IsNullOrWhiteSpace(value)) continue;
            foreach (var target in field.Targets.Where(t => t.MatterCode == matterCode)) form[target.Field] = value.Trim();
        }

        return form;
    }

    public static string JsonFor(string matterCode, IReadOnlyList<BundleField> fields, IReadOnlyDictionary<string, string> values) =>
        JsonSerializer.Serialize(For(matterCode, fields, values));
}
