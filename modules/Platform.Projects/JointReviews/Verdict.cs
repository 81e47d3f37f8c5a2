using Platform.Kernel.Errors;

namespace Platform.Projects.JointReviews;

/// <summary>One unit's opinion in a joint review, and the review's conclusion: pass, pass with conditions, fail.</summary>
internal static class Verdict
{
    public const string Pass = "pass";
    public const string Conditional = "conditional";
    public const string Fail = "fail";

    public static string Chinese(string? verdict) => verdict switch
    {
        Pass => "通过",
        Conditional => "有条件通过",
        Fail => "不通过",
        _ => "待出具意见",
    };

    public static string Require(string? verdict) => verdict is Pass or Conditional or Fail
        ? verdict
        : throw PlatformProblem.Invalid("project.joint_review.verdict_invalid", "verdict", "意见须为 pass（通过）、conditional（有条件通过）或 fail（不通过）。");

    public static string RequireText(string? text) => text?.Trim() is { Length: > 0 and <= 2000 } t
        ? t
        : throw PlatformProblem.Invalid("project.joint_review.text_required", "text", "请填写审查意见（不超过 2000 字）。");

    /// <summary>Fail if any unit fails; pass with conditions if any sets conditions; otherwise pass.</summary>
    public static string Conclude(IEnumerable<string> verdicts)
    {
        var all = verdicts.ToList();
        return all.Contains(Fail) ? Fail : all.Contains(Conditional) ? Conditional : Pass;
    }
}
