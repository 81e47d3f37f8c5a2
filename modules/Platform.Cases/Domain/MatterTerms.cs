using Platform.Catalogue.Contracts;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;

namespace Platform.Cases.Domain;

/// <summary>What a case needs from the matter version it is bound to.</summary>
internal sealed record MatterTerms(
    Guid VersionId,
    string RegionCode,
    string Code,
    string Name,
    string ImplementingUnitCode,
    TimeLimit CommittedLimit,
    bool AllowsTolerantAcceptance,
    bool AllowsNotificationCommitment,
    IReadOnlyList<MaterialTerms> Materials,
    IReadOnlyList<string> ReviewUnitCodes,
    IReadOnlyList<DeliveryMethod> DeliveryMethods,
    string? LicenceType,
    IReadOnlyList<FeeItem>? Fees = null)
{
    /// <summary>The same terms with the named materials required: conditional ones whose condition holds for this application.</summary>
    public MatterTerms Requiring(IReadOnlyCollection<string> codes) =>
        codes.Count == 0 ? this : this with { Materials = Materials.Select(m => codes.Contains(m.Code) ? m with { Required = true } : m).ToList() };
}

/// <summary>One material the matter asks for.</summary>
internal sealed record MaterialTerms(string Code, string Name, bool Required, bool Core, int DeferredSupplyWorkingDays, string? ELicenceType,
    MaterialSource Source = MaterialSource.Applicant, string? Issuer = null)
{
    /// <summary>Whether shared data (an e-licence, another department's record, an intermediary's report on file) may stand for it, so it is never asked for.</summary>
    public bool Shareable => Source is MaterialSource.SharedELicence or MaterialSource.OtherDepartment or MaterialSource.Intermediary;
}
