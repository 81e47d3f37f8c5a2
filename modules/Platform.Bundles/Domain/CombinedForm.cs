using System.Globalization;
using System.Text.Json;
using Platform.Bundles.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Domain;

/// <summary>The one form (一表): each field filled once, then copied to every selected matter's own form field.</summary>
internal static class CombinedForm
{
    /// <summary>One wrong field: a stable code, the field (<c>form.{key}</c>) and the rule in Chinese.</summary>
    public sealed record FieldError(string Code, string Field, string Rule);

    /// <summary>Checks the fields the selected matters need, refusing with every wrong field at once.</summary>
    public static void Check(IReadOnlyList<BundleField> allFields, IReadOnlyList<BundleField> fields, IReadOnlyDictionary<string, string> values)
    {
        var errors = Errors(allFields, fields, values);
        if (errors.Count == 0) return;
        throw new PlatformProblem(400, errors[0].Code, "表单填写不完整", string.Join(" ", errors.Select(e => e.Rule)))
        {
            Errors = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Rule).ToArray()),
        };
    }

    /// <summary>Every wrong field of the form; a value for a field of the bundle that the answers left out is ignored.</summary>
    public static IReadOnlyList<FieldError> Errors(IReadOnlyList<BundleField> allFields, IReadOnlyList<BundleField> fields,
        IReadOnlyDictionary<string, string> values)
    {
        var errors = values.Keys.Where(k => allFields.All(f => f.Key != k))
            .Select(key => new FieldError("bundle.form.unknown_field", $"form.{key}", $"表单没有字段 {key}。")).ToList();
        foreach (var field in fields)
        {
            values.TryGetValue(field.Key, out var value);
            var blank = string.IsNullOrWhiteSpace(value);
            if (field.Required && blank)
                errors.Add(new FieldError("bundle.form.required", $"form.{field.Key}", $"请填写“{field.Label}”。"));
            else if (value is { Length: > 2000 })
                errors.Add(new FieldError("bundle.form.too_long", $"form.{field.Key}", $"“{field.Label}”不超过 2000 字。"));
            else if (!blank && KindRule(field, value!.Trim()) is { } rule)
                errors.Add(new FieldError("bundle.form.kind_invalid", $"form.{field.Key}", rule));
        }

        return errors;
    }

    private static string? KindRule(BundleField field, string value) => field.Kind switch
    {
        BundleFieldKinds.Integer when !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            => $"“{field.Label}”须为不小于 0 的整数。",
        BundleFieldKinds.Number when !(decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            => $"“{field.Label}”须为不小于 0 的数字。",
        _ => null,
    };

    /// <summary>
    /// The form one member matter receives: every field the applicant filled once, so the deciding department reads the whole
    /// one form; under the member's own field name where the bundle maps one, else under the one form's label.
    /// </summary>
    public static Dictionary<string, string> For(string matterCode, IReadOnlyList<BundleField> fields, IReadOnlyDictionary<string, string> values)
    {
        var filled = fields.Where(f => values.TryGetValue(f.Key, out var v) && !string.IsNullOrWhiteSpace(v))
            .Select(f => (Field: f, Value: values[f.Key].Trim())).ToList();
        var form = new Dictionary<string, string>();
        foreach (var (field, value) in filled)
        foreach (var target in field.Targets.Where(t => t.MatterCode == matterCode))
            form[target.Field] = value;
        // A label never hides a member's own field of the same name.
        foreach (var (field, value) in filled.Where(f => f.Field.Targets.All(t => t.MatterCode != matterCode)))
            form.TryAdd(field.Label, value);
        return form;
    }

    public static string JsonFor(string matterCode, IReadOnlyList<BundleField> fields, IReadOnlyDictionary<string, string> values) =>
        JsonSerializer.Serialize(For(matterCode, fields, values));
}
