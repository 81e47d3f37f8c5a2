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
    IReadOnlyList<FeeItem>? Fees = null,
    TimeLimit? VerificationLimit = null,
    string? VerifyingUnitCode = null,
    IReadOnlyList<SuspensionProcedure>? SuspensionProcedures = null)
{
    /// <summary>The unit that verifies a commitment (告知承诺核查): the one the matter names, else the implementing unit.</summary>
    public string VerifyingUnit => VerifyingUnitCode ?? ImplementingUnitCode;

    /// <summary>The special procedures (法定不计时) the matter declares; a suspension for any other is refused.</summary>
    public IReadOnlyList<SuspensionProcedure> Procedures => SuspensionProcedures ?? [];
}

/// <summary>A special procedure the matter declares, by kind (PublicNotice, ExpertReview …), with its name and its own limit.</summary>
internal sealed record SuspensionProcedure(string Kind, string Name, TimeLimit Limit);

/// <summary>One material the matter asks for.</summary>
internal sealed record MaterialTerms(string Code, string Name, bool Required, bool Core, int DeferredSupplyWorkingDays, string? ELicenceType,
    MaterialSource Source = MaterialSource.Applicant, string? Issuer = null)
{
    /// <summary>Whether shared data (an e-licence, another department's record, an intermediary's report on file) may stand for it, so it is never asked for.</summary>
    public bool Shareable => Source is MaterialSource.SharedELicence or MaterialSource.OtherDepartment or MaterialSource.Intermediary;
}
