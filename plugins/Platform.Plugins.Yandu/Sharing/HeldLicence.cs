namespace Platform.Plugins.Yandu.Sharing;

/// <summary>One licence the local e-licence library holds for a holder (an enterprise by credit code, a citizen by ID number and name).</summary>
internal sealed record HeldLicence
{
    public string HolderKind { get; init; } = "";
    public string HolderId { get; init; } = "";
    public string HolderName { get; init; } = "";
    public string LicenceType { get; init; } = "";
    public string Number { get; init; } = "";
}
