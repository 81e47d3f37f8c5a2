using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;

namespace Platform.Catalogue.Validation;

/// <summary>Rules on legal and committed time limits and on immediate matters.</summary>
internal static class TimeLimitRules
{
    public const int MaxAmount = 3650;

    public static void Check(MatterDefinition matter, RuleList rules)
    {
        var committed = matter.CommittedTimeLimit;
        rules.Require(committed.Amount is >= 0 and <= MaxAmount, "committedTimeLimit.amount", "catalogue.time_limit.out_of_range",
            $"承诺时限须在 0 至 {MaxAmount} 之间");
        rules.Text(committed.Explanation, "committedTimeLimit.explanation", "承诺时限说明", 500, required: false);
        if (matter.LegalTimeLimit is { } legal)
        {
            rules.Require(legal.Amount is > 0 and <= MaxAmount, "legalTimeLimit.amount", "catalogue.time_limit.out_of_range",
                $"法定时限须在 1 至 {MaxAmount} 之间");
            rules.Text(legal.Explanation, "legalTimeLimit.explanation", "法定时限说明", 500, required: false);
            rules.Require(legal.Unit != committed.Unit || committed.Amount <= legal.Amount, "committedTimeLimit.amount",
                "catalogue.time_limit.committed_exceeds_legal",
                $"承诺时限（{committed.Amount}{Labels.Units[committed.Unit]}）不得超过法定时限（{legal.Amount}{Labels.Units[legal.Unit]}）");
        }

        if (matter.Processing == ProcessingKind.Immediate)
            rules.Require(IsWithinOneWorkingDay(committed), "committedTimeLimit.amount", "catalogue.time_limit.immediate_too_long",
                "即办件的承诺时限为当场办结，最长不超过 1 个工作日（或 24 小时）");
        else
            rules.Require(committed.Amount > 0, "committedTimeLimit.amount", "catalogue.time_limit.committed_zero",
                "承诺件的承诺时限必须大于 0；当场办结的事项请设为即办件");
        if (matter.VerificationTimeLimit is { } verification)
            rules.Require(verification.Amount is > 0 and <= MaxAmount && verification.Unit != TimeLimitUnit.Hours,
                "verificationTimeLimit.amount", "catalogue.time_limit.verification_out_of_range",
                $"告知承诺核查时限须为 1 至 {MaxAmount} 个工作日或自然日");
    }


    private static bool IsWithinOneWorkingDay(MatterTimeLimit limit) => limit.Unit switch
    {
        TimeLimitUnit.Hours => limit.Amount <= 24,
        _ => limit.Amount <= 1,
    };
}
