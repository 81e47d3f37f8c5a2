using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;
using Platform.Kernel.Audit;

namespace Platform.Catalogue.Versions;

/// <summary>Writes a validated definition as the matter's draft (creating the matter when new), with its audit record.</summary>
internal static class DraftWriter
{
    public static async Task<Guid> SaveAsync(NpgsqlTransaction tx, string regionCode, MatterDefinition matter, string actor,
        DateTimeOffset now, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var matterId = await MatterStore.LockMatterAsync(tx, regionCode, matter.Code)
                       ?? await MatterStore.InsertMatterAsync(tx, regionCode, matter.Code, now);
        Guid versionId;
        if (await MatterStore.DraftAsync(tx, matterId) is { } draft)
        {
            await MatterStore.UpdateDraftAsync(tx, draft.Id, matter, actor, now);
            versionId = draft.Id;
        }
        else
        {
            versionId = await MatterStore.InsertDraftAsync(tx, matterId, regionCode, matter, actor, now);
        }

        await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, "catalogue.draft.saved", "matter", matter.Code, matter), cancellationToken);
        return versionId;
    }
}
