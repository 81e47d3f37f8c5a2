using Platform.Empowerment.Lists;
using Platform.Kernel.Errors;

namespace Platform.Empowerment.Api;

/// <summary>Checks an add-entry request field by field.</summary>
internal static class EntryInput
{
    public static NewEntry From(AddEntryRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.MatterCode))
            throw PlatformProblem.Invalid("empowerment.entry.matter_required", "matterCode", "请给出事项编码。");
        if (string.IsNullOrWhiteSpace(request.MatterName))
            throw PlatformProblem.Invalid("empowerment.entry.name_required", "matterName", "请给出事项名称。");
        if (string.IsNullOrWhiteSpace(request.FromUnitCode))
            throw PlatformProblem.Invalid("empowerment.entry.unit_required", "fromUnitCode", "请给出原实施部门编码。");
        if (!Enum.TryParse<EmpowermentMode>(request.Mode ?? "Direct", ignoreCase: true, out var mode) || int.TryParse(request.Mode, out _))
            throw PlatformProblem.Invalid("empowerment.entry.mode_invalid", "mode", "赋权方式须为 Direct（直接赋权）、Entrusted（委托）或 Bundle（套餐集成）。");
        if (request.PlannedDate is null)
            throw PlatformProblem.Invalid("empowerment.entry.planned_date_required", "plannedDate", "请给出计划赋权日期。");
        return new NewEntry(request.MatterCode.Trim(), request.MatterName.Trim(), request.Category?.Trim() ?? "", request.Keywords ?? [],
            request.FromUnitCode.Trim(), mode, request.Batch, request.PlannedDate.Value, request.CountersignRequired);
    }
}
