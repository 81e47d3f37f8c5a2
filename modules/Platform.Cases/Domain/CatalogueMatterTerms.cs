using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Cases.Domain;

/// <summary>
/// Reads a case's terms from the catalogue's matter version. A material's code is its place in the
/// version's list (M01, M02, ...): the version never changes once published, so the codes do not either.
/// </summary>
internal sealed class CatalogueMatterTerms(ICatalogue catalogue, CasesOptions options) : IMatterTermsSource
{
    public async Task<MatterTerms> InForceAsync(string regionCode, string matterCode, DateTimeOffset at, CancellationToken cancellationToken) =>
        Terms(await catalogue.InForceAsync(regionCode, matterCode, at, cancellationToken)
              ?? throw PlatformProblem.Invalid("case.matter.not_published", "matterCode", $"地区 {regionCode} 没有正在施行的事项 {matterCode}。"));

    public async Task<MatterTerms> VersionAsync(Guid versionId, CancellationToken cancellationToken) =>
        Terms(await catalogue.VersionAsync(versionId, cancellationToken)
              ?? throw new InvalidOperationException($"Matter version {versionId} that a case is bound to is missing from the catalogue."));

    public static string MaterialCode(int index) => $"M{index + 1:D2}";

    private MatterTerms Terms(MatterVersion version)
    {
        var definition = version.Definition;
        var limit = definition.Processing == ProcessingKind.Immediate ? TimeLimit.WorkingDays(0) : definition.CommittedTimeLimit.ToTimeLimit();
        var materials = definition.Materials.Select((m, i) => new MaterialTerms(
            MaterialCode(i), m.Name, m.Requirement == MaterialRequirement.Required, m.Core,
            m.DeferredSupply?.Amount ?? options.DefaultDeferredSupplyWorkingDays, m.LicenceType, m.Source, m.Issuer)).ToList();
        var licence = definition.Type == MatterType.AdministrativeLicence ? definition.Name : null;
        return new MatterTerms(version.Id, version.RegionCode, version.Code, definition.Name, definition.Department, limit,
            definition.TolerantAcceptance, definition.NotificationCommitment, materials, [definition.Department],
            definition.DeliveryMethods.Count > 0 ? definition.DeliveryMethods : [DeliveryMethod.Window], licence, definition.Fees);
    }
}
