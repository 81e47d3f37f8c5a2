using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Files;
using Platform.Cases.Licences;
using Platform.Cases.Materials;
using Platform.Cases.Workflow;
using Platform.Kernel;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Cases.Submission;

/// <summary>
/// Takes in an application against the matter version in force now. A retry with the same
/// Idempotency-Key returns the case the first attempt created.
/// </summary>
internal sealed class SubmitCase(NpgsqlDataSource dataSource, IMatterTermsSource matters, CaseStore cases,
    LicenceLibrary licences, Sharing.SharedMaterials shared, CaseTimeline timeline, IEnumerable<IHandlingUnitRouter> routers,
    IEnumerable<IApplicationScreen> screens, RegionSubmissionGate gate, IClock clock)
{
    public Task<(CaseRow Case, bool Created)> HandleAsync(SubmitCaseCommand command, CaseActor actor, string idempotencyKey,
        CancellationToken cancellationToken) =>
        HandleAsync(command, actor, idempotencyKey, NoAnswer.Instance, cancellationToken);

    /// <summary>
    /// Submits and reads what the caller answers with (<paramref name="answer"/>) in the same transaction, before it commits:
    /// a new case takes two round trips, the second carrying its writes, the answer's reads and the commit.
    /// </summary>
    public async Task<(T Answer, bool Created)> HandleAsync<T>(SubmitCaseCommand command, CaseActor actor, string idempotencyKey,
        IStepAnswer<T> answer, CancellationToken cancellationToken)
    {
        var requestHash = HashOf(command);
        using var turn = await gate.EnterAsync(command.RegionCode, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        return await CreateAsync(tx, command, actor, idempotencyKey, requestHash, answer, commit: true, cancellationToken);
    }

    /// <summary>
    /// Submits inside the caller's transaction and leaves the commit to it. It does not wait at the region's gate: the caller's
    /// transaction may already hold the region's case-number row from an earlier case, and a submission waiting at the gate
    /// for that row would never let it go.
    /// </summary>
    public Task<(CaseRow Case, bool Created)> JoinAsync(NpgsqlTransaction transaction, SubmitCaseCommand command, CaseActor actor,
        string idempotencyKey, CancellationToken cancellationToken) =>
        CreateAsync(transaction, command, actor, idempotencyKey, HashOf(command), NoAnswer.Instance, commit: false, cancellationToken);

    private static string HashOf(SubmitCaseCommand command) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command))));

    /// <summary>Creates the case, or finds the one an earlier request with the key created, and commits.</summary>
    private async Task<(T, bool)> CreateAsync<T>(NpgsqlTransaction tx, SubmitCaseCommand command, CaseActor actor, string key, string requestHash,
        IStepAnswer<T> answer, bool commit, CancellationToken cancellationToken)
    {
        // One round trip opens the submission: the key is claimed, the region's next case number taken if the claim
        // succeeded, and the matter version in force and the caller's files looked up beside them. A request with the same
        // key still in flight makes the claim wait for its commit (then the claim finds it) or its rollback (then the claim
        // succeeds); a failed check below releases the key and the number.
        var now = clock.Now;
        var year = BusinessTime.DateOf(now).Year;
        var caseId = Ids.New();
        var claim = BatchCommand.Of(
            """
            INSERT INTO cases.idempotency_keys (actor_id, key, request_hash, case_id, created_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (actor_id, key) DO NOTHING RETURNING case_id
            """, actor.Id, key, requestHash, caseId, now.ToUniversalTime());
        bool claimed;
        Guid? versionId;
        IReadOnlySet<Guid> owned;
        int? sequence;
        await using (var opening = new NpgsqlBatch(tx.Connection, tx)
                     {
                         BatchCommands =
                         {
                             claim, CaseNumbers.NextCommand(command.RegionCode, year, actor.Id, key, caseId),
                             matters.InForceCommand(command.RegionCode, command.MatterCode, now),
                             FileStore.OwnedCommand(command.Materials.Select(m => m.FileId).OfType<Guid>(), actor.Id),
                         },
                     })
        await using (var results = new BatchResults(await opening.ExecuteReaderAsync(cancellationToken)))
        {
            claimed = await results.ReadSingleOrDefaultAsync<Guid?>(cancellationToken) is not null;
            sequence = await results.ReadSingleOrDefaultAsync<int?>(cancellationToken);
            versionId = await results.ReadSingleOrDefaultAsync<Guid?>(cancellationToken);
            owned = await FileStore.ReadOwnedAsync(results);
        }

        if (!claimed)
        {
            var earlier = await tx.Connection!.QuerySingleAsync<EarlierRequest>(
                "SELECT case_id, request_hash FROM cases.idempotency_keys WHERE actor_id = @Id AND key = @key", new { actor.Id, key }, tx);
            if (earlier.RequestHash != requestHash)
                throw PlatformProblem.Invalid("request.idempotency_key_reused", "Idempotency-Key", "同一个 Idempotency-Key 已用于另一份申请，请换一个新的键。");
            var existing = await cases.LockAsync(tx, earlier.CaseId, cancellationToken);
            var replayed = await answer.ReadAloneAsync(tx, existing, cancellationToken);
            if (commit) await tx.CommitAsync(cancellationToken);
            return (replayed, false);
        }

        var matter = RequireConditional(await matters.InForceAsync(versionId, command.RegionCode, command.MatterCode, cancellationToken),
            command.Required);
        if (command.Delivery is { } chosen) Delivery.DeliveryChoices.RequireOffered(chosen, matter.DeliveryMethods, "delivery");
        var submitted = await CheckMaterialsAsync(tx, matter, command, owned);
        var sharedMatches = await shared.FindAsync(matter, command, cancellationToken);
        var applicant = new CaseApplicant(command.Applicant.Id, command.Applicant.Name, command.Applicant.Kind, command.Applicant.EnterpriseCode);
        HandlingUnitRoute? route = null;
        var routing = new RoutingRequest(command.RegionCode, matter.Code, matter.ImplementingUnitCode, applicant, command.FormJson, now);
        foreach (var router in routers) route ??= await router.RouteAsync(tx, routing, cancellationToken);
        var screened = new ApplicationToScreen(command.RegionCode, matter.Code, route?.UnitCode ?? matter.ImplementingUnitCode, applicant,
            command.FormJson, now);
        foreach (var screen in screens) await screen.ScreenAsync(tx, screened, cancellationToken);

        // The case, its materials, its timeline entry, its audit record, the observers' writes and the answer's reads go in one batch.
        var number = CaseNumbers.Format(command.RegionCode, year, sequence ?? throw new InvalidOperationException("A claimed submission took no case number."));
        var row = new CaseRow(caseId, number, CaseNumbers.NewQueryCode(), command.RegionCode, matter.Code, matter.VersionId, matter.Name,
            route?.UnitCode ?? matter.ImplementingUnitCode, command.Applicant.Id, command.Applicant.Name, command.Applicant.Kind,
            command.Applicant.EnterpriseCode, command.Channel, CaseState.Submitted, 1, null, command.FormJson, now, null, null, null, null, null,
            null, null, false, null, null, route?.SealReference, route?.CountersigningUnitCode, route?.Reason, command.Delivery?.Json());
        var step = new StepContext(tx, row, now, actor);
        step.Record["channel"] = command.Channel;
        step.Record["matterVersionId"] = matter.VersionId;
        step.Record["handlingUnit"] = row.HandlingUnitCode;
        if (route is not null) step.Record["routing"] = route.Reason;
        if (command.Delivery is { } delivery) step.Record["deliveryChoice"] = delivery.Method.ToString();
        if (sharedMatches.Count > 0)
            step.Record["shared"] = sharedMatches.ToDictionary(m => m.Key, m => $"{m.Value.SourceName} {m.Value.Reference}");
        List<NpgsqlBatchCommand> writes = [CaseStore.InsertCommand(row)];
        if (MaterialStore.InsertCommand(row.Id, matter, submitted, sharedMatches) is { } held) writes.Add(held);
        return (await timeline.RecordAsync(tx, writes, row, CaseAction.Submit, null, step, answer, commit, cancellationToken), true);
    }

    /// <summary>The matter's terms with the conditional materials the caller found called for made required; an unknown code is refused.</summary>
    private static MatterTerms RequireConditional(MatterTerms matter, IReadOnlyCollection<string>? codes)
    {
        if (codes is null || codes.Count == 0) return matter;
        foreach (var code in codes.Where(c => matter.Materials.All(m => m.Code != c)))
            throw PlatformProblem.Invalid("case.material.unknown", $"required.{code}", $"事项“{matter.Name}”没有编码为 {code} 的材料。");
        return matter.Requiring(codes);
    }

    private async Task<Dictionary<string, SubmittedMaterial>> CheckMaterialsAsync(NpgsqlTransaction tx, MatterTerms matter, SubmitCaseCommand command,
        IReadOnlySet<Guid> owned)
    {
        var byCode = matter.Materials.ToDictionary(m => m.Code);
        var result = new Dictionary<string, SubmittedMaterial>();
        for (var i = 0; i < command.Materials.Count; i++)
        {
            var given = command.Materials[i];
            var field = $"materials[{i}]";
            if (!byCode.TryGetValue(given.MaterialCode, out var terms))
                throw PlatformProblem.Invalid("case.material.unknown", $"{field}.materialCode", $"事项“{matter.Name}”没有编码为 {given.MaterialCode} 的材料。");
            if (!result.TryAdd(given.MaterialCode, given))
                throw PlatformProblem.Invalid("case.material.duplicate", $"{field}.materialCode", $"材料 {terms.Name} 重复提交。");
            if ((given.FileId is null) == (given.LicenceReference is null))
                throw PlatformProblem.Invalid("case.material.source_required", field, "每项材料须上传文件或引用电子证照，二者选一。");
            if (given.FileId is { } fileId && !owned.Contains(fileId))
                throw PlatformProblem.Invalid("case.material.file_unknown", $"{field}.fileId", "文件不存在或不是由您上传的。");
            if (given.LicenceReference is { } number && !await licences.HoldsAsync(tx, command.Applicant.Id, number, terms.ELicenceType))
                throw PlatformProblem.Invalid("case.material.licence_invalid", $"{field}.licenceReference",
                    $"申请人的电子证照库中没有有效的证照 {number}（{terms.Name}）。");
        }

        return result;
    }

    private sealed record EarlierRequest(Guid CaseId, string RequestHash);
}
