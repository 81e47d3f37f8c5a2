using Platform.Cases.Contracts;

namespace Platform.Cases.Domain;

internal static class CaseActionNames
{
    public static string Chinese(CaseAction action) => action switch
    {
        CaseAction.Submit => "提交申请",
        CaseAction.Accept => "受理",
        CaseAction.TolerantAccept => "容缺受理",
        CaseAction.AcceptOnCommitment => "告知承诺受理",
        CaseAction.RejectAtIntake => "不予受理",
        CaseAction.RequestCorrection => "一次性告知补正",
        CaseAction.AnswerCorrection => "提交补正材料",
        CaseAction.CompleteReviewStep => "审查意见",
        CaseAction.Suspend => "挂起",
        CaseAction.Resume => "恢复计时",
        CaseAction.Extend => "延期",
        CaseAction.Decide => "作出决定",
        CaseAction.Deliver => "送达",
        CaseAction.Withdraw => "撤件",
        CaseAction.SupplyDeferredMaterial => "补交容缺材料",
        CaseAction.ConfirmDelivery => "确认签收",
        CaseAction.ReportDeliveryFailure => "投递失败",
        CaseAction.Revoke => "撤销（注销）决定",
        CaseAction.ChooseDelivery => "变更送达方式",
        CaseAction.RecordVerification => "告知承诺核查",
        _ => action.ToString(),
    };
}
