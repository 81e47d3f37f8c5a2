using Platform.Calendar.Contracts;
using Platform.Empowerment.Lists;
using Platform.Kernel.Errors;

namespace Platform.Empowerment.Handover;

/// <summary>
/// The two deadlines signing opens: historical records within <see cref="RecordsDays"/> and system access within
/// <see cref="AccessDays"/>, counted in <see cref="Unit"/>. The programme's reading is the default; an agreement may set its own.
/// </summary>
internal sealed record HandoverLimits(int RecordsDays, int AccessDays, TimeLimitUnit Unit)
{
    public TimeLimit Records => new(RecordsDays, Unit);
    public TimeLimit Access => new(AccessDays, Unit);

    public static HandoverLimits Of(Programme programme) => new(programme.RecordsDays, programme.AccessDays, Enum.Parse<TimeLimitUnit>(programme.DayUnit));

    /// <summary>What an agreement's starter asked for, each part defaulting to the programme's; checked field by field.</summary>
    public static HandoverLimits From(Programme programme, int? recordsDays, int? accessDays, string? dayUnit)
    {
        var defaults = Of(programme);
        if (recordsDays is < 1 or > 60)
            throw PlatformProblem.Invalid("empowerment.agreement.records_days_invalid", "recordsDays", "资料移交期限须为 1–60 天。");
        if (accessDays is < 1 or > 60)
            throw PlatformProblem.Invalid("empowerment.agreement.access_days_invalid", "accessDays", "系统权限开通期限须为 1–60 天。");
        var unit = defaults.Unit;
        if (!string.IsNullOrWhiteSpace(dayUnit) && (!Enum.TryParse(dayUnit, out unit) || int.TryParse(dayUnit, out _)
                                                    || unit is not (TimeLimitUnit.CalendarDays or TimeLimitUnit.WorkingDays)))
            throw PlatformProblem.Invalid("empowerment.agreement.day_unit_invalid", "dayUnit", "期限单位须为 CalendarDays（自然日）或 WorkingDays（工作日）。");
        return new HandoverLimits(recordsDays ?? defaults.RecordsDays, accessDays ?? defaults.AccessDays, unit);
    }

    public string Describe() => $"{RecordsText}移交资料、{AccessText}开通权限";

    public string RecordsText => $"{RecordsDays}{UnitName}内";

    public string AccessText => $"{AccessDays}{UnitName}内";

    private string UnitName => Unit == TimeLimitUnit.WorkingDays ? "个工作日" : "日";
}
