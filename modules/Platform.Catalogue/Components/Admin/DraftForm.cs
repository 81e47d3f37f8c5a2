using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Components.Admin;

/// <summary>The fields of a draft the edit page posts; the rest of the definition is kept as it was.</summary>
internal sealed class DraftForm
{
    public string Action { get; set; } = "save";
    public string Name { get; set; } = "";
    public int CommittedAmount { get; set; }
    public TimeLimitUnit CommittedUnit { get; set; }
    public string? CommittedExplanation { get; set; }
    public int? LegalAmount { get; set; }
    public TimeLimitUnit LegalUnit { get; set; }
    public ProcessingKind Processing { get; set; }
    public OnlineDepth OnlineDepth { get; set; }
    public int VisitsRequired { get; set; }
    public bool ZeroVisit { get; set; }
    public bool NotificationCommitment { get; set; }
    public bool TolerantAcceptance { get; set; }
    public DateOnly? ValidFrom { get; set; }

    public static DraftForm From(MatterDefinition m) => new()
    {
        Name = m.Name, CommittedAmount = m.CommittedTimeLimit.Amount, CommittedUnit = m.CommittedTimeLimit.Unit,
        CommittedExplanation = m.CommittedTimeLimit.Explanation, LegalAmount = m.LegalTimeLimit?.Amount,
        LegalUnit = m.LegalTimeLimit?.Unit ?? TimeLimitUnit.WorkingDays, Processing = m.Processing, OnlineDepth = m.OnlineDepth,
        VisitsRequired = m.VisitsRequired, ZeroVisit = m.ZeroVisit, NotificationCommitment = m.NotificationCommitment,
        TolerantAcceptance = m.TolerantAcceptance,
    };

    public MatterDefinition ApplyTo(MatterDefinition m) => m with
    {
        Name = Name,
        CommittedTimeLimit = new MatterTimeLimit { Amount = CommittedAmount, Unit = CommittedUnit, Explanation = CommittedExplanation },
        LegalTimeLimit = LegalAmount is { } legal ? (m.LegalTimeLimit ?? new MatterTimeLimit()) with { Amount = legal, Unit = LegalUnit } : null,
        Processing = Processing,
        OnlineDepth = OnlineDepth,
        VisitsRequired = VisitsRequired,
        ZeroVisit = ZeroVisit,
        NotificationCommitment = NotificationCommitment,
        TolerantAcceptance = TolerantAcceptance,
    };
}
