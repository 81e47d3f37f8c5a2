using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Materials;
using Platform.Cases.Workflow;

namespace Platform.Cases.Tracking;

/// <summary>What the applicant is expected to do next, in one sentence on the tracking page.</summary>
internal static class ApplicantGuidance
{
    public static string Next(CaseRow row, IReadOnlyList<CaseMaterial> materials, DeadlineView? deadline, DateTimeOffset now)
    {
        var deferred = materials.Where(m => m.Status == MaterialStatus.Deferred).ToList();
        var owed = deferred.Count == 0
            ? ""
            : "请补交容缺材料：" + string.Join("；", deferred.Select(m => $"{m.Name}（{m.DeferredDueDate:yyyy年M月d日}前）")) + "。";
        return row.State switch
        {
            CaseState.Submitted => "申请已提交，等待窗口受理，无需您操作。",
            CaseState.AwaitingCorrection => "请按一次性告知书补正材料后重新提交。",
            CaseState.UnderReview => owed + (deadline is null ? "正在审查。" : $"正在审查，承诺于{deadline.Due:yyyy年M月d日}前办结。"),
            CaseState.Suspended => owed + "办件处于特别程序（法定不计时），完成后恢复计时。",
            CaseState.Approved or CaseState.Refused => owed + "已作出决定，等待送达。",
            CaseState.InDelivery => owed + "办理结果正在寄送或在窗口待领取，收到后请确认签收。",
            CaseState.Delivered => owed.Length > 0 ? owed : "已办结并送达，欢迎对本次服务进行评价。",
            CaseState.RejectedAtIntake => "申请不予受理，理由见不予受理决定书。",
            CaseState.Withdrawn => "申请已撤回，办理时限停止计算。",
            CaseState.Revoked => "该决定已依法撤销（注销），相关电子证照同时失效，理由见办件记录。",
            _ => "",
        };
    }
}
