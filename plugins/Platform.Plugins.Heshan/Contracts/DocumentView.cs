namespace Platform.Plugins.Heshan.Contracts;

/// <summary>
/// A document on its route (一文直办). <see cref="State"/> is Soliciting (意见征集), SigningOff (领导签批),
/// HandedDown (交办落实), Done (办结) or NotApproved (不予签批). <see cref="HolderUnits"/> are the units holding it now.
/// </summary>
public sealed record DocumentView(
    Guid Id,
    string Number,
    string Title,
    string Body,
    string FilingUnit,
    string FiledByName,
    DateTimeOffset FiledAt,
    string State,
    string StateName,
    int Version,
    IReadOnlyList<string> HolderUnits,
    IReadOnlyList<DocumentStepView> Steps);
