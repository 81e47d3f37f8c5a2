namespace Platform.Projects.Simulated;

/// <summary>A project under simulated approval: who filed it, its one form and materials (JSON), and the land contract once recorded.</summary>
internal sealed record SimulatedRow(Guid ProjectId, string ApplicantId, string ApplicantName, string Form, string Materials, DateTime StartedAt,
    string? LandContract, DateTime? LandContractedAt);
