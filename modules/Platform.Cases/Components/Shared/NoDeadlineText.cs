using Platform.Cases.Contracts;

namespace Platform.Cases.Components.Shared;

/// <summary>What the promised-by row says when the case has no running deadline: before acceptance it has not started, after the end it has stopped.</summary>
internal static class NoDeadlineText
{
    public static string For(string state, DateTimeOffset? decidedAt) => Enum.Parse<CaseState>(state) switch
    {
        CaseState.Submitted or CaseState.AwaitingCorrection => "受理后开始计时",
        CaseState.RejectedAtIntake => "不予受理，不计时",
        CaseState.Withdrawn => "已撤回，不再计时",
        CaseState.Revoked => "决定已撤销，不再计时",
        CaseState.Delivered => "已办结，不再计时",
        _ => decidedAt is not null ? "已作出决定，不再计时" : "不计时",
    };
}
