using Platform.Calendar.Contracts;

namespace Platform.Bundles.Contracts;

/// <summary>一次告知: exactly which matters apply for the answers given, one deduplicated material list, and the fields to fill once.</summary>
public sealed record BundleGuidance(
    Guid BundleVersionId,
    string RegionCode,
    string Code,
    string Name,
    TimeLimit CommittedLimit,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<GuidanceMatter> Matters,
    IReadOnlyList<GuidanceMaterial> Materials,
    IReadOnlyList<BundleField> Fields)
{
    /// <summary>Documents a member asks for that a parallel member of the same bundle issues: never asked of the applicant.</summary>
    public IReadOnlyList<ParallelMaterial> FromParallelMembers { get; init; } = [];
}

/// <summary>A member's material (by its positional code) that another selected member issues (<see cref="ProducerCode"/>).</summary>
public sealed record ParallelMaterial(string MatterCode, string MaterialCode, string Name, string ProducerCode, string ProducerName);

/// <summary>A member matter that applies: its code, name, implementing body and its own committed limit.</summary>
public sealed record GuidanceMatter(string Code, string Name, string Department, TimeLimit CommittedLimit);

/// <summary>
/// One material of the combined list, handed in once. <see cref="Key"/> is the e-licence type when it has
/// one, else the name; <see cref="UsedBy"/> names the member matters and their positional material codes.
/// </summary>
public sealed record GuidanceMaterial(string Key, string Name, string? LicenceType, bool Required, bool Core, IReadOnlyList<MaterialUse> UsedBy);

public sealed record MaterialUse(string MatterCode, string MaterialCode);
