using System.Collections.Concurrent;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Cases.Domain;

/// <summary>
/// Reads a case's terms from the catalogue's matter version. A material's code is its place in the
/// version's list (M01, M02, ...): the version never changes once published, so the codes do not either, and a
/// version's terms are read from the catalogue once and kept by id.
/// </summary>
internal sealed class CatalogueMatterTerms(ICatalogue catalogue, CasesOptions options) : IMatterTermsSource
{
    private readonly ConcurrentDictionary<Guid, MatterTerms> byVersion = new();

    public async Task<MatterTerms> InForceAsync(string regionCode, string matterCode, DateTimeOffset at, CancellationToken cancellationToken) =>
        await InForceAsync(await catalogue.InForceIdAsync(regionCode, matterCode, at, cancellationToken), regionCode, matterCode, cancellationToken);

    public NpgsqlBatchCommand InForceCommand(string regionCode, string matterCode, DateTimeOffset at) =>
        catalogue.InForceIdCommand(regionCode, matterCode, at);

    public Task<MatterTerms> InForceAsync(Guid? versionId, string regionCode, string matterCode, CancellationToken cancellationToken) =>
        VersionAsync(versionId ?? throw PlatformProblem.Invalid("case.matter.not_published", "matterCode", $"地区 {regionCode} 没有正在施行的事项 {matterCode}。"),
            cancellationToken);

    public async Task<MatterTerms> VersionAsync(Guid versionId, CancellationToken cancellationToken)
    {
        if (byVersion.TryGetValue(versionId, out var known)) return known;
        var terms = Terms(await catalogue.VersionAsync(versionId, cancellationToken)
                          ?? throw new InvalidOperationException($"Matter version {versionId} that a case is bound to is missing from the catalogue."));
        return byVersion.GetOrAdd(versionId, terms);
    }

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
            definition.DeliveryMethods.Count > 0 ? definition.DeliveryMethods : [DeliveryMethod.Window], licence, definition.Fees,
            definition.VerificationTimeLimit?.ToTimeLimit(), definition.VerifyingDepartment,
            definition.SpecialProcedures.Select(p => new SuspensionProcedure(p.Kind.ToString(), p.Name, p.Limit.ToTimeLimit())).ToList());
    }
}
