namespace Platform.Empowerment.Lists;

/// <summary>Planned until its department's handover completes; then effective from an instant; revoked routes cases back.</summary>
internal enum EntryState
{
    Planned,
    Effective,
    Revoked,
}
