using Platform.Cases.Contracts;

namespace Platform.Cases.Domain;

internal static class CaseStateNames
{
    public static string Chinese(CaseState state) => state switch
    {
        CaseState.Submitted => "已提交待受理",
        CaseState.AwaitingCorrection => "待补正",
        CaseState.UnderReview => "审查中",
        CaseState.Suspended => "挂起（法定不计时）",
        CaseState.Approved => "已办结（准予）",
        CaseState.Refused => "已办结（不予许可）",
        CaseState.RejectedAtIntake => "不予受理",
        CaseState.Delivered => "已送达",
        CaseState.Withdrawn => "已撤件",
        CaseState.InDelivery => "送达中",
        CaseState.Revoked => "决定已撤销（注销）",
        _ => state.ToString(),
    };
}
