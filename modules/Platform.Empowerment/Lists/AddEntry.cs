using Platform.Catalogue.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Empowerment.Lists;

/// <summary>
/// Puts a matter on the empowerment list, refusing safety-production and environmental bottom lines with the reason: the check reads
/// the catalogue's matter (its codes, department, name and legal basis), so the name an admin types cannot take a matter past it.
/// </summary>
internal sealed class AddEntry(ITransactionRunner transactions, IAuditTrail audit, IClock clock, ProgrammeStore programmes, EntryStore entries,
    ICatalogue catalogue, IOrganisationDirectory directory)
{
    public async Task<EntryRow> HandleAsync(string regionCode, NewEntry entry, string actor, CancellationToken cancellationToken)
    {
        var programme = await programmes.GetAsync(regionCode, cancellationToken);
        var version = await catalogue.InForceAsync(regionCode, entry.MatterCode, clock.Now, cancellationToken)
            ?? throw PlatformProblem.Invalid("empowerment.entry.matter_unknown", "matterCode", $"本地区没有在用的事项 {entry.MatterCode}。");
        if (await directory.FindUnitAsync(regionCode, entry.FromUnitCode, cancellationToken) is null)
            throw PlatformProblem.Invalid("empowerment.entry.unit_unknown", "fromUnitCode", $"本地区没有编码为 {entry.FromUnitCode} 的部门。");
        return await transactions.RunAsync(async tx =>
        {
            var facts = MatterFactsOf.Of(version.Definition, entry.Category, entry.FromUnitCode, entry.Keywords);
            var row = await entries.AddAsync(tx, programme, entry, facts, clock.Now);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, "empowerment.entry.added", "empowerment-entry", row.Id.ToString(),
                new { entry.MatterCode, entry.FromUnitCode, entry.BatchNumber, Mode = entry.Mode.ToString() }), cancellationToken);
            return row;
        }, cancellationToken);
    }
}
