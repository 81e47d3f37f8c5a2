using Platform.Cases.Contracts;

namespace Platform.Cases.Tracking;

/// <summary>
/// What anyone holding a case's number and query code sees, as a public progress page shows it: the matter, the state,
/// the dates, the steps done with the name of the unit that did each, and the applicant's name masked. Nothing else
/// about the applicant (ID number, contacts, address, form, files) nor about the staff (names, opinions) is in it.
/// </summary>
internal sealed record TrackedCase(
    string Number,
    string MatterName,
    string ApplicantName,
    string State,
    string StateName,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? DeliveredAt,
    DeadlineView? Deadline,
    IReadOnlyList<TrackedStep> Steps,
    string NextForApplicant);

/// <summary>One step done on a tracked case: when, what, and the unit that did it (申请人 for the applicant's own steps).</summary>
internal sealed record TrackedStep(DateTimeOffset OccurredAt, string Action, string ActionName, string UnitName);
