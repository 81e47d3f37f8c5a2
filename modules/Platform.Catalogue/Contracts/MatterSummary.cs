namespace Platform.Catalogue.Contracts;

/// <summary>A matter as a list shows it: the version that answered the search and its key facts.</summary>
public sealed record MatterSummary(
    Guid VersionId,
    string Code,
    string Name,
    MatterType Type,
    string Department,
    OnlineDepth OnlineDepth,
    MatterTimeLimit CommittedTimeLimit,
    MatterTimeLimit? LegalTimeLimit,
    VersionState State,
    int Number);
