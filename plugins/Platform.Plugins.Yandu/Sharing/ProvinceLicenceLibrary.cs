using Platform.Cases.Contracts;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Yandu.Sharing;

/// <summary>
/// A local stand-in for the 江苏省电子证照库 that 盐都 shares materials from: answers for 盐都 applications only,
/// from the licences in <c>Seed/licences.yaml</c>. An enterprise is found by its credit code; a citizen by ID
/// number (window applications) or by the real name the identity service verified (online applications).
/// </summary>
internal sealed class ProvinceLicenceLibrary : IELicenceExchange
{
    public const string SourceName = "江苏省电子证照库";

    private readonly IReadOnlyList<HeldLicence> held = EmbeddedYaml.Read<List<HeldLicence>>(typeof(ProvinceLicenceLibrary).Assembly, "Seed/licences.yaml");

    public Task<SharedMaterialMatch?> FindAsync(SharedMaterialRequest request, CancellationToken cancellationToken)
    {
        if (request.RegionCode != YanduModule.RegionCode || request.Source != "SharedELicence" || request.LicenceType is null)
            return Task.FromResult<SharedMaterialMatch?>(null);
        var licence = held.FirstOrDefault(l => l.LicenceType == request.LicenceType && l.HolderKind == request.ApplicantKind && Holds(l, request));
        return Task.FromResult(licence is null ? null : new SharedMaterialMatch(SourceName, licence.Number));
    }

    private static bool Holds(HeldLicence licence, SharedMaterialRequest request) =>
        licence.HolderKind == "enterprise"
            ? licence.HolderId == request.EnterpriseCode
            : licence.HolderId == request.ApplicantId || licence.HolderName == request.ApplicantName;
}
