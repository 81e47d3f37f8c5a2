using Platform.Cases.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Cases.Domain;

/// <summary>Which step may be taken in which state, and where it leads.</summary>
internal static class CaseTransitions
{
    private static readonly Dictionary<CaseState, CaseAction[]> Allowed = new()
    {
        [CaseState.Submitted] =
        [
            CaseAction.Accept, CaseAction.TolerantAccept, CaseAction.AcceptOnCommitment,
            CaseAction.RejectAtIntake, CaseAction.RequestCorrection, CaseAction.Withdraw, CaseAction.ChooseDelivery,
        ],
        [CaseState.AwaitingCorrection] = [CaseAction.AnswerCorrection, CaseAction.Withdraw, CaseAction.ChooseDelivery],
        [CaseState.UnderReview] =
        [
            CaseAction.CompleteReviewStep, CaseAction.RequestCorrection, CaseAction.Suspend, CaseAction.Extend,
            CaseAction.Decide, CaseAction.SupplyDeferredMaterial, CaseAction.Withdraw, CaseAction.ChooseDelivery,
        ],
        [CaseState.Suspended] = [CaseAction.Resume, CaseAction.SupplyDeferredMaterial, CaseAction.Withdraw, CaseAction.ChooseDelivery],
        [CaseState.Approved] =
            [CaseAction.Deliver, CaseAction.SupplyDeferredMaterial, CaseAction.Revoke, CaseAction.RecordVerification, CaseAction.ChooseDelivery],
        [CaseState.Refused] = [CaseAction.Deliver, CaseAction.ChooseDelivery],
        [CaseState.InDelivery] = [CaseAction.ConfirmDelivery, CaseAction.ReportDeliveryFailure, CaseAction.SupplyDeferredMaterial, CaseAction.Revoke,
            CaseAction.RecordVerification],
        [CaseState.Delivered] = [CaseAction.SupplyDeferredMaterial, CaseAction.Revoke, CaseAction.RecordVerification],
        [CaseState.RejectedAtIntake] = [],
        [CaseState.Withdrawn] = [],
        [CaseState.Revoked] = [],
    };

    public static IReadOnlyList<CaseAction> From(CaseState state) => Allowed[state];

    public static bool IsFinal(CaseState state) => state is CaseState.RejectedAtIntake or CaseState.Delivered or CaseState.Withdrawn or CaseState.Revoked;

    /// <summary>Refuses the step, naming the ones that are allowed, when the state does not permit it.</summary>
    public static void Require(CaseState state, CaseAction action)
    {
        if (Allowed[state].Contains(action)) return;
        throw new PlatformProblem(409, "case.transition.not_allowed", "当前状态不允许此操作",
            $"办件处于“{CaseStateNames.Chinese(state)}”状态，不能执行“{CaseActionNames.Chinese(action)}”。")
        {
            Extensions = new Dictionary<string, object?>
            {
                ["state"] = state.ToString(),
                ["action"] = action.ToString(),
                ["allowed"] = Allowed[state].Select(a => a.ToString()).ToArray(),
            },
        };
    }
}
