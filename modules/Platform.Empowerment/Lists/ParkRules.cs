using Platform.Catalogue.Contracts;

namespace Platform.Empowerment.Lists;

/// <summary>
/// The rules an empowered matter follows in the park (临政办发〔2022〕8号): notification-commitment with identity and a
/// signed commitment only; filing and immediate matters decided on the spot or within 1 working day; city-level fees waived.
/// </summary>
internal static class ParkRules
{
    public static ParkRuleCheck Check(MatterDefinition matter)
    {
        var broken = new List<string>();
        if (!matter.NotificationCommitment) broken.Add("未实行告知承诺制");
        if (matter.Materials.Count(m => m.Requirement == MaterialRequirement.Required) > 2) broken.Add("收件材料超出“身份证明＋告知承诺书”");
        if (matter.Processing == ProcessingKind.Immediate && !WithinOneWorkingDay(matter.CommittedTimeLimit)) broken.Add("备案、即办事项未当场或1个工作日内办结");
        if (matter.Fees.Any(f => !f.Waived)) broken.Add("市本级收费未减免");
        return new ParkRuleCheck(matter.NotificationCommitment, !matter.Charged, broken);
    }

    private static bool WithinOneWorkingDay(MatterTimeLimit limit) =>
        limit.Unit == Calendar.Contracts.TimeLimitUnit.Hours ? limit.Amount <= 24 : limit.Amount <= 1;
}

/// <summary>Whether a matter follows the park rules, and the Chinese lines it breaks.</summary>
internal sealed record ParkRuleCheck(bool NotificationCommitment, bool FeesWaived, IReadOnlyList<string> Broken)
{
    public bool Followed => Broken.Count == 0;
}
