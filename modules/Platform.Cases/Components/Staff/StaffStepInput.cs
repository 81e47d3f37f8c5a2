using Platform.Cases.Components.Pages;
using Platform.Cases.Contracts;
using Platform.Cases.Correction;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Components.Staff;

/// <summary>Turns what the staff step forms posted (ticked materials and their reasons, deferred materials) into a step's input.</summary>
internal static class StaffStepInput
{
    private static readonly char[] FieldSeparators = ['：', ':'];

    /// <summary>
    /// One item per ticked material with its reason, then one per line of the other problems ("项目名称：与批复不一致" names a
    /// form field; a line without a colon is a general problem). Each ticked material without a reason is refused, all at once.
    /// </summary>
    public static IReadOnlyList<CorrectionItem> CorrectionItems(CaseView view, CaseStepForm form)
    {
        var items = new List<CorrectionItem>();
        var errors = new FieldErrors();
        foreach (var code in form.CorrectionMaterials.Keys.Order(StringComparer.Ordinal))
        {
            var material = view.Materials.FirstOrDefault(m => m.Code == code)
                ?? throw PlatformProblem.Invalid("case.correction.material_unknown", "items", $"办件没有编码为 {code} 的材料。");
            var problem = form.CorrectionProblems.GetValueOrDefault(code)?.Trim();
            errors.Require(!string.IsNullOrEmpty(problem), "case.correction.problem_required", $"items[{code}].problem",
                $"请写明“{material.Name}”需要补正的问题。");
            items.Add(new CorrectionItem(code, null, problem ?? ""));
        }

        errors.ThrowIfAny();

        foreach (var line in (form.CorrectionOther ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(FieldSeparators, 2, StringSplitOptions.TrimEntries);
            items.Add(parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0
                ? new CorrectionItem(null, parts[0], parts[1])
                : new CorrectionItem(null, null, line));
        }

        return items;
    }

    /// <summary>The materials ticked as deferred, by code.</summary>
    public static IReadOnlyList<string> Deferred(CaseStepForm form) => form.DeferredMaterials.Keys.Order(StringComparer.Ordinal).ToList();
}
