using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Bundles.Contracts;
using Platform.Bundles.Definitions;
using Platform.Bundles.Domain;
using Platform.Cases.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Bundles.Submission;

/// <summary>
/// Takes in a bundle application whole or not at all: the bundle case (bound to the version in force, under the caller's
/// Idempotency-Key) and one member case per selected matter, through the case module in the same transaction, each under the
/// key <c>{key}:{matter code}</c>. A member the case module refuses rolls everything back, so no bundle case is left waiting
/// with some members or none; the same key may then carry the corrected application. A retry of a stored one returns it.
/// </summary>
internal sealed class SubmitBundle(ITransactionRunner transactions, BundleCatalogue bundles, ICaseSubmissions cases, IAuditTrail audit, IClock clock)
{
    public async Task<Guid> HandleAsync(SubmitBundleCommand command, CaseActor actor, string key, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command))));
        if (await transactions.RunAsync(tx => EarlierAsync(tx, actor, key, hash), cancellationToken) is { } found) return found.Id;

        var version = await bundles.InForceAsync(command.RegionCode, command.BundleCode, clock.Now, cancellationToken)
                      ?? throw PlatformProblem.Invalid("bundle.not_published", "bundleCode", $"地区 {command.RegionCode} 没有正在施行的一件事 {command.BundleCode}。");
        var guidance = await bundles.GuideAsync(version, command.Answers, cancellationToken);
        CombinedForm.Check(version.Definition.Fields, guidance.Fields, command.Form);
        CheckMaterials(guidance, command.Materials);
        try
        {
            return await transactions.RunAsync(async tx =>
            {
                var row = await CreateAsync(tx, command, version, actor, key, hash, cancellationToken);
                foreach (var matter in guidance.Matters)
                {
                    var submission = new CaseSubmission(command.RegionCode, matter.Code, command.Applicant, command.Channel,
                        CombinedForm.JsonFor(matter.Code, guidance.Fields, command.Form), MaterialsFor(matter.Code, guidance, command.Materials),
                        FromParallelMembers(matter.Code, guidance, row.Number),
                        BundleResolver.SituationRequired(version.Definition, command.Answers, guidance, matter.Code));
                    var created = await cases.SubmitAsync(tx, submission, actor, $"{key}:{matter.Code}", cancellationToken);
                    await BundleCaseStore.AddMemberAsync(tx, new BundleMemberRow(row.Id, created.Id, created.Number, matter.Code, matter.Name,
                        nameof(CaseState.Submitted), null), clock.Now);
                }

                return row.Id;
            }, cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UniqueViolation && error.TableName == "idempotency_keys")
        {
            throw PlatformProblem.Conflict("bundle.submission.in_progress", "同一个 Idempotency-Key 的申请正在提交，请稍后用同一个键重试。");
        }
    }

    /// <summary>The member's materials another member of this bundle issues: held as shared from that member, never asked again.</summary>
    private static IReadOnlyDictionary<string, SharedMaterialMatch> FromParallelMembers(string matterCode, BundleGuidance guidance, string bundleNumber) =>
        guidance.FromParallelMembers.Where(p => p.MatterCode == matterCode)
            .ToDictionary(p => p.MaterialCode, p => new SharedMaterialMatch($"一件事并联事项“{p.ProducerName}”", bundleNumber));

    private static void CheckMaterials(BundleGuidance guidance, IReadOnlyList<BundleMaterialInput> materials)
    {
        var keys = guidance.Materials.Select(m => m.Key).ToHashSet();
        for (var i = 0; i < materials.Count; i++)
        {
            if (!keys.Contains(materials[i].Key))
                throw PlatformProblem.Invalid("bundle.material.unknown", $"materials[{i}].key", $"按您的回答，材料清单中没有“{materials[i].Key}”。");
            if (materials.Take(i).Any(m => m.Key == materials[i].Key))
                throw PlatformProblem.Invalid("bundle.material.duplicate", $"materials[{i}].key", "同一材料只需提交一次。");
        }
    }

    /// <summary>Each material handed in once reaches every member matter that asks for it, under that matter's own code.</summary>
    private static IReadOnlyList<CaseMaterialInput> MaterialsFor(string matterCode, BundleGuidance guidance, IReadOnlyList<BundleMaterialInput> given) =>
        guidance.Materials
            .SelectMany(m => m.UsedBy.Where(u => u.MatterCode == matterCode).Select(u => (u.MaterialCode, Given: given.FirstOrDefault(g => g.Key == m.Key))))
            .Where(x => x.Given is not null)
            .Select(x => new CaseMaterialInput(x.MaterialCode, x.Given!.FileId, x.Given.LicenceReference))
            .ToList();

    private async Task<BundleCaseRow> CreateAsync(NpgsqlTransaction tx, SubmitBundleCommand command, BundleVersion version, CaseActor actor, string key,
        string hash, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var row = new BundleCaseRow(Ids.New(), await BundleCaseStore.NextNumberAsync(tx, command.RegionCode, BusinessTime.DateOf(now).Year),
            command.RegionCode, version.Code, version.Id, version.Definition.Name, version.Definition.Zone, command.Applicant.Id,
            command.Applicant.Name, command.Applicant.EnterpriseCode, actor.Id, BundleJson.Write(command.Answers), BundleJson.Write(command.Form),
            nameof(BundleCaseState.Submitted), 1, null, null, null, false, now.UtcDateTime, null, null, null, null);
        await BundleCaseStore.InsertAsync(tx, row);
        await tx.Connection!.ExecuteAsync(
            "INSERT INTO bundles.idempotency_keys (actor_id, key, request_hash, bundle_case_id, created_at) VALUES (@Id, @key, @hash, @caseId, @now)",
            new { actor.Id, key, hash, caseId = row.Id, now = now.ToUniversalTime() }, tx);
        await audit.AppendAsync(tx, new AuditEntry(command.RegionCode, actor.Id, "bundle.submitted", "bundle-case", row.Id.ToString(),
            new { row.Number, version.Code, VersionId = version.Id, command.Answers }), cancellationToken);
        return row;
    }

    private static async Task<BundleCaseRow?> EarlierAsync(NpgsqlTransaction tx, CaseActor actor, string key, string hash)
    {
        var found = await tx.Connection!.QuerySingleOrDefaultAsync<EarlierRequest>(
            "SELECT bundle_case_id, request_hash FROM bundles.idempotency_keys WHERE actor_id = @Id AND key = @key", new { actor.Id, key }, tx);
        if (found is null) return null;
        if (found.RequestHash != hash)
            throw PlatformProblem.Invalid("request.idempotency_key_reused", "Idempotency-Key", "同一个 Idempotency-Key 已用于另一份申请，请换一个新的键。");
        return await BundleCaseStore.LockAsync(tx, found.BundleCaseId);
    }

    private sealed record EarlierRequest(Guid BundleCaseId, string RequestHash);
}
