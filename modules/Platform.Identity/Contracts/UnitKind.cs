namespace Platform.Identity.Contracts;

/// <summary>What an organisation unit is, which decides what its people may do.</summary>
public enum UnitKind
{
    Government,
    Bureau,
    ServiceCentre,
    Window,
    Town,
    ParkCommittee,
    ParkApprovalService,
    ParkSupervisionService,
    Other,
}
