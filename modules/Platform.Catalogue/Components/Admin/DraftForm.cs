using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Components.Admin;

/// <summary>
/// Everything of a draft the edit page posts. The codes (basic, implementation, handle item) are not editable here and are kept
/// from the stored draft; lists of conditions and legal bases are one entry per line.
/// </summary>
internal sealed class DraftForm
{
    public string Action { get; set; } = DraftAction.Save;
    public string Name { get; set; } = "";
    public MatterType Type { get; set; }
    public string Department { get; set; } = "";
    public string? DelegatingBody { get; set; }
    public string? PowerSource { get; set; }
    public int CommittedAmount { get; set; }
    public TimeLimitUnit CommittedUnit { get; set; }
    public string? CommittedExplanation { get; set; }
    public int? LegalAmount { get; set; }
    public TimeLimitUnit LegalUnit { get; set; }
    public string? LegalExplanation { get; set; }
    public ProcessingKind Processing { get; set; }
    public OnlineDepth OnlineDepth { get; set; }
    public int VisitsRequired { get; set; }
    public bool ZeroVisit { get; set; }
    public bool NotificationCommitment { get; set; }
    public bool TolerantAcceptance { get; set; }
    public string? Conditions { get; set; }
    public string? LegalBasis { get; set; }
    public string? FlowChart { get; set; }
    // The form binder sets a list that has no posted entries to null: an empty list on the page is an empty list here.
    public List<MaterialRow> Materials { get; set => field = value ?? []; } = [];
    public List<FeeRow> Fees { get; set => field = value ?? []; } = [];
    public List<ProcedureRow> Procedures { get; set => field = value ?? []; } = [];
    public List<DeliveryChoice> Deliveries { get; set => field = value ?? []; } = [];
    public DateOnly? ValidFrom { get; set; }

    public static DraftForm From(MatterDefinition m) => new()
    {
        Name = m.Name, Type = m.Type, Department = m.Department, DelegatingBody = m.DelegatingBody, PowerSource = m.PowerSource,
        CommittedAmount = m.CommittedTimeLimit.Amount, CommittedUnit = m.CommittedTimeLimit.Unit,
        CommittedExplanation = m.CommittedTimeLimit.Explanation, LegalAmount = m.LegalTimeLimit?.Amount,
        LegalUnit = m.LegalTimeLimit?.Unit ?? TimeLimitUnit.WorkingDays, LegalExplanation = m.LegalTimeLimit?.Explanation,
        Processing = m.Processing, OnlineDepth = m.OnlineDepth, VisitsRequired = m.VisitsRequired, ZeroVisit = m.ZeroVisit,
        NotificationCommitment = m.NotificationCommitment, TolerantAcceptance = m.TolerantAcceptance,
        Conditions = string.Join('\n', m.Conditions), LegalBasis = string.Join('\n', m.LegalBasis), FlowChart = m.FlowChart,
        Materials = m.Materials.Select(MaterialRow.From).ToList(),
        Fees = m.Fees.Select(FeeRow.From).ToList(),
        Procedures = m.SpecialProcedures.Select(ProcedureRow.From).ToList(),
        Deliveries = Enum.GetValues<DeliveryMethod>().Select(d => new DeliveryChoice { Method = d, Chosen = m.DeliveryMethods.Contains(d) }).ToList(),
    };

    /// <summary>The stored draft with this form's fields written over it.</summary>
    public MatterDefinition ApplyTo(MatterDefinition m) => m with
    {
        Name = Name?.Trim() ?? "",
        Type = Type,
        Department = Department ?? "",
        DelegatingBody = Text.Optional(DelegatingBody),
        PowerSource = Text.Optional(PowerSource),
        CommittedTimeLimit = new MatterTimeLimit
            { Amount = CommittedAmount, Unit = CommittedUnit, Explanation = Text.Optional(CommittedExplanation) },
        LegalTimeLimit = LegalAmount is { } legal
            ? new MatterTimeLimit { Amount = legal, Unit = LegalUnit, Explanation = Text.Optional(LegalExplanation) }
            : null,
        Processing = Processing,
        OnlineDepth = OnlineDepth,
        VisitsRequired = VisitsRequired,
        ZeroVisit = ZeroVisit,
        NotificationCommitment = NotificationCommitment,
        TolerantAcceptance = TolerantAcceptance,
        Conditions = Text.Lines(Conditions),
        LegalBasis = Text.Lines(LegalBasis),
        FlowChart = string.IsNullOrWhiteSpace(FlowChart) ? null : FlowChart.ReplaceLineEndings("\n"),
        Materials = Materials.Select(r => r.ToDefinition()).ToList(),
        Fees = Fees.Select(r => r.ToDefinition()).ToList(),
        SpecialProcedures = Procedures.Select(r => r.ToDefinition()).ToList(),
        DeliveryMethods = Deliveries.Where(d => d.Chosen).Select(d => d.Method).ToList(),
    };
}
