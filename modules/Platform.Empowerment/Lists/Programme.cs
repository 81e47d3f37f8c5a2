namespace Platform.Empowerment.Lists;

/// <summary>
/// A region's park programme: the park, its approval-service unit and seal, the agreement template, the park's entry
/// application (入园项目准入审核, which must state its industry code), and the handover deadlines agreements take by default.
/// </summary>
internal sealed record Programme(string RegionCode, string ParkName, string ParkUnitCode, string ApprovalSeal, string AgreementTemplate,
    string? EntryMatterCode = null, int RecordsDays = 5, int AccessDays = 3, string DayUnit = "CalendarDays")
{
    /// <summary>The e-seal reference results of the park carry: one seal for approval (一枚印章管审批).</summary>
    public string SealReference => $"ESEAL:{RegionCode}:{ParkUnitCode}:{ApprovalSeal}";
}
