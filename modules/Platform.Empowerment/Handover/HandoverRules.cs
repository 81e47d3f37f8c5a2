using Platform.Kernel.Errors;

namespace Platform.Empowerment.Handover;

/// <summary>
/// Which step an agreement may take next. The deadlines signing opens are the agreement's (<see cref="HandoverLimits"/>): the
/// programme says records within "5天" and access within "3天" of signing, where it writes "个工作日" everywhere it means working
/// days, so the 临湘 default reads them as calendar days (自然日), counted from the day after signing and due at the end of the last
/// day; a last day that is a rest day moves to the next working day, as the calendar module does for every calendar-day limit.
/// </summary>
internal static class HandoverRules
{
    public const string RecordsSubject = "handover-records";
    public const string AccessSubject = "handover-access";

    public static void Require(AgreementRow agreement, HandoverStep step)
    {
        if (!Allows(agreement.State, agreement.RecordsHandedAt is not null, agreement.AccessGivenAt is not null, step))
            throw new PlatformProblem(409, "empowerment.handover.step_not_allowed", "交接步骤顺序不符",
                $"协议当前为“{Name(agreement.State)}”，不能执行“{Name(step)}”。顺序为：业务培训 → 签署协议 → 移交历史审批监管资料"
                + $"（{agreement.Limits?.RecordsText ?? "按协议期限"}）、开通系统权限（{agreement.Limits?.AccessText ?? "按协议期限"}）→ 生效。");
    }

    /// <summary>Whether the board should offer <paramref name="step"/> for an agreement as it is shown.</summary>
    public static bool Allows(AgreementView agreement, HandoverStep step) =>
        Enum.TryParse<HandoverState>(agreement.State, out var state)
        && Allows(state, Done(agreement, HandoverStep.Records), Done(agreement, HandoverStep.Access), step);

    private static bool Done(AgreementView agreement, HandoverStep step) =>
        agreement.Steps.Any(s => s.Step.Equals(step.ToString(), StringComparison.OrdinalIgnoreCase) && s.DoneAt is not null);

    private static bool Allows(HandoverState state, bool recordsHanded, bool accessGiven, HandoverStep step) => step switch
    {
        HandoverStep.Training => state == HandoverState.Training,
        HandoverStep.Sign => state == HandoverState.Trained,
        HandoverStep.Records => state == HandoverState.Signed && !recordsHanded,
        HandoverStep.Access => state == HandoverState.Signed && !accessGiven,
        _ => state == HandoverState.Signed && recordsHanded && accessGiven,
    };

    public static string Name(HandoverState state) => state switch
    {
        HandoverState.Training => "业务培训中",
        HandoverState.Trained => "已培训、待签署",
        HandoverState.Signed => "已签署、交接中",
        _ => "已生效",
    };

    public static string Name(HandoverStep step) => step switch
    {
        HandoverStep.Training => "完成业务培训",
        HandoverStep.Sign => "签署赋权交接协议",
        HandoverStep.Records => "移交历史审批监管资料",
        HandoverStep.Access => "开通系统权限",
        _ => "交接完成、赋权生效",
    };
}
