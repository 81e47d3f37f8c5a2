namespace Platform.Empowerment.Lists;

/// <summary>A region's park programme: the park, its approval-service unit and seal, the agreement template.</summary>
internal sealed record Programme(string RegionCode, string ParkName, string ParkUnitCode, string ApprovalSeal, string AgreementTemplate)
{
    /// <summary>The e-seal reference results of the park carry: one seal for approval (一枚印章管审批).</summary>
    public string SealReference => $"ESEAL:{RegionCode}:{ParkUnitCode}:{ApprovalSeal}";
}
