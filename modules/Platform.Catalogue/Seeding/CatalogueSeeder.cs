using Dapper;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Exchange;
using Platform.Catalogue.Matters;
using Platform.Catalogue.Validation;
using Platform.Catalogue.Versions;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Time;

namespace Platform.Catalogue.Seeding;

/// <summary>
/// Publishes a plugin's first catalogue. Only matters whose code the region lacks are added, so what
/// an admin changed after the first start stays as the admin left it.
/// </summary>
internal sealed class CatalogueSeeder(ITransactionRunner transactions, IAuditTrail audit, IClock clock, UnitCodes units) : ICatalogueSeeder
{
    public async Task<int> SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken)
    {
        var document = CatalogueYaml.Read(yaml, $"catalogue seed of {regionCode}");
        var unitCodes = await units.OfAsync(regionCode, cancellationToken);
        var broken = document.Matters
            .SelectMany(m => MatterRules.Check(m, unitCodes).Select(b => $"{m.Code} {m.Name}: {b.Field} {b.Rule}"))
            .ToList();
        if (broken.Count > 0)
            throw new InvalidOperationException($"The catalogue seed of region {regionCode} breaks the catalogue rules:\n{string.Join("\n", broken)}");

        var now = clock.Now;
        var validFrom = document.ValidFrom ?? now;
        var actor = $"seed:{regionCode}";
        return await transactions.RunAsync(async tx =>
        {
            var existing = (await tx.Connection!.QueryAsync<string>(
                "SELECT code FROM catalogue.matters WHERE region_code = @regionCode", new { regionCode }, tx)).ToHashSet();
            var added = 0;
            foreach (var matter in document.Matters.Where(m => !existing.Contains(m.Code)))
            {
                var matterId = await MatterStore.InsertMatterAsync(tx, regionCode, matter.Code, now);
                var versionId = await MatterStore.InsertDraftAsync(tx, matterId, regionCode, matter, actor, now);
                await MatterStore.PublishAsync(tx, versionId, validFrom, null, actor, now);
                added++;
            }

            if (added > 0)
                await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, "catalogue.seeded", "catalogue", regionCode, new { Added = added }),
                    cancellationToken);
            return added;
        }, cancellationToken);
    }
}
