using Platform.Calendar.Contracts;

namespace Platform.Cases.Contracts;

/// <summary>What an application for a matter carries: the bound version, its time limit, its materials by code, its intake routes.</summary>
public sealed record ApplicationRequirements(
    Guid MatterVersionId,
    string RegionCode,
    string MatterCode,
    string MatterName,
    TimeLimit CommittedLimit,
    bool TolerantAcceptance,
    bool NotificationCommitment,
    IReadOnlyList<RequiredMaterial> Materials)
{
    internal static ApplicationRequirements From(Domain.MatterTerms terms) => new(terms.VersionId, terms.RegionCode, terms.Code, terms.Name,
        terms.CommittedLimit, terms.AllowsTolerantAcceptance, terms.AllowsNotificationCommitment,
        terms.Materials.Select(m => new RequiredMaterial(m.Code, m.Name, m.Required, m.Core, m.ELicenceType)).ToList());
}

/// <summary>One material: its code for submissions, whether it is needed, whether it is core, and the e-licence type that can stand for it.</summary>
public sealed record RequiredMaterial(string Code, string Name, bool Required, bool Core, string? ELicenceType);
