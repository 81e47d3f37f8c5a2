using Platform.Cases.Contracts;
using Platform.Kernel.Errors;
using Platform.Projects.Categories;

namespace Platform.Projects.Stages;

/// <summary>The order of stages and when one is complete: plain rules, no I/O.</summary>
internal static class StageRules
{
    /// <summary>A member is done when its case is approved, whether it was then delivered or not.</summary>
    public static bool IsDone(string? caseState) => caseState is nameof(CaseState.Approved) or nameof(CaseState.Delivered);

    /// <summary>A member failed when its case was refused, not accepted, withdrawn or revoked: the applicant may file it again.</summary>
    public static bool IsFailed(string? caseState) =>
        caseState is nameof(CaseState.Refused) or nameof(CaseState.RejectedAtIntake) or nameof(CaseState.Withdrawn) or nameof(CaseState.Revoked);

    public static bool IsComplete(string completionRule, IEnumerable<StageMemberRow> members)
    {
        var counted = completionRule == CompletionRule.Milestones ? members.Where(m => m.Milestone) : members;
        return counted.All(m => IsDone(m.CaseState));
    }

    /// <summary>A stage may be filed once, and only after the one before it has completed.</summary>
    public static void RequireMayFile(int ordinal, IReadOnlyList<StageRow> stages)
    {
        if (ordinal is < 1 or > 4)
            throw PlatformProblem.Invalid("project.stage_invalid", "stage", "阶段须为 1 至 4（立项用地规划许可、工程建设许可、施工许可、竣工验收）。");
        if (ordinal > 1 && stages.FirstOrDefault(s => s.Ordinal == ordinal - 1) is not { State: StageState.Completed })
            throw PlatformProblem.Conflict("project.stage_previous_open", $"第{ordinal - 1}阶段尚未办结，不能申报第{ordinal}阶段。");
    }
}
