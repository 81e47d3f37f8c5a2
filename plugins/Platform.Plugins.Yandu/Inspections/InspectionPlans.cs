using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Seeding;
using Platform.Kernel.Time;

namespace Platform.Plugins.Yandu.Inspections;

/// <summary>
/// 双随机一公开 plans: the population (enterprises approved in the region), the qualified inspector pool and the
/// seed are recorded with the draw, so <see cref="VerifyAsync"/> can draw again and compare; results are published.
/// </summary>
internal sealed class InspectionPlans(ITransactionRunner transactions, NpgsqlDataSource dataSource, IApprovedEnterprises approved, IAuditTrail audit,
    IClock clock)
{
    private const int MaxPopulation = 100_000;

    public async Task SeedInspectorsAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var inspector in EmbeddedYaml.Read<List<InspectorSeed>>(typeof(InspectionPlans).Assembly, "Seed/inspectors.yaml"))
            await connection.ExecuteAsync(
                """
                INSERT INTO yandu.inspectors (code, region_code, name, unit, qualified, related_enterprises)
                VALUES (@Code, @regionCode, @Name, @Unit, @Qualified, @related::jsonb) ON CONFLICT (code) DO NOTHING
                """, new { inspector.Code, regionCode, inspector.Name, inspector.Unit, inspector.Qualified, related = JsonSerializer.Serialize(inspector.RelatedEnterprises) });
    }

    public async Task<Guid> DrawAsync(string regionCode, PlanRequest request, string actorId, string key, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200
            ? throw PlatformProblem.Invalid("request.field_invalid", "name", "请填写抽查计划名称。") : request.Name.Trim();
        if (request.TargetCount is < 1 or > 1000) throw PlatformProblem.Invalid("request.field_invalid", "targetCount", "抽查对象数须在 1 至 1000 之间。");
        if (request.InspectorsPerTarget is < 1 or > 5) throw PlatformProblem.Invalid("request.field_invalid", "inspectorsPerTarget", "每个对象的检查人员数须在 1 至 5 之间。");
        var seed = string.IsNullOrWhiteSpace(request.Seed) ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) : request.Seed.Trim();
        var now = clock.Now;
        var enterprises = await approved.ListAsync(regionCode, now, MaxPopulation, cancellationToken);
        if (enterprises.Count < request.TargetCount)
            throw PlatformProblem.Invalid("yandu.inspection.population_too_small", "targetCount", $"本区已获批企业只有 {enterprises.Count} 家，少于抽查数。");
        return await transactions.RunAsync(async tx =>
        {
            var earlier = await tx.Connection!.ExecuteScalarAsync<Guid?>(
                "SELECT id FROM yandu.inspection_plans WHERE drawn_by = @actorId AND idempotency_key = @key", new { actorId, key }, tx);
            if (earlier is { } existing) return existing;
            var pool = (await tx.Connection!.QueryAsync<(string Code, string Related)>(
                    "SELECT code, related_enterprises::text FROM yandu.inspectors WHERE region_code = @regionCode AND qualified ORDER BY code", new { regionCode }, tx))
                .Select(r => new PoolInspector(r.Code, JsonSerializer.Deserialize<List<string>>(r.Related) ?? [])).ToList();
            IReadOnlyList<DrawnTarget> drawn;
            try
            {
                drawn = RandomDraw.Draw(seed, enterprises.Select(e => e.EnterpriseCode).ToList(), pool, request.TargetCount, request.InspectorsPerTarget);
            }
            catch (NotEnoughInspectors short_)
            {
                throw PlatformProblem.Invalid("yandu.inspection.not_enough_inspectors", "inspectorsPerTarget",
                    $"与企业 {short_.Target} 无利害关系的合格检查人员只有 {short_.Eligible} 名。");
            }

            var planId = Ids.New();
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO yandu.inspection_plans (id, region_code, name, seed, target_count, inspectors_per_target, population, inspector_pool,
                    drawn_at, drawn_by, idempotency_key)
                VALUES (@planId, @regionCode, @name, @seed, @TargetCount, @InspectorsPerTarget, @population::jsonb, @pool::jsonb, @at, @actorId, @key)
                """,
                new
                {
                    planId, regionCode, name, seed, request.TargetCount, request.InspectorsPerTarget,
                    population = JsonSerializer.Serialize(enterprises.Select(e => e.EnterpriseCode)), pool = JsonSerializer.Serialize(pool),
                    at = now.ToUniversalTime(), actorId, key,
                }, tx);
            var names = enterprises.ToDictionary(e => e.EnterpriseCode, e => e.Name);
            for (var i = 0; i < drawn.Count; i++)
                await tx.Connection!.ExecuteAsync(
                    """
                    INSERT INTO yandu.inspection_targets (plan_id, ordinal, enterprise_code, enterprise_name, inspectors)
                    VALUES (@planId, @ordinal, @code, @name, @inspectors::jsonb)
                    """, new { planId, ordinal = i + 1, code = drawn[i].EnterpriseCode, name = names[drawn[i].EnterpriseCode],
                        inspectors = JsonSerializer.Serialize(drawn[i].Inspectors) }, tx);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actorId, "yandu.inspection.drawn", "inspection-plan", planId.ToString(),
                new { name, seed, population = enterprises.Count, pool = pool.Count, targets = drawn.Count }), cancellationToken);
            return planId;
        }, cancellationToken);
    }

    /// <summary>Draws again from the recorded seed, population and pool; answers whether the recorded draw is what they give.</summary>
    public async Task<PlanView?> GetAsync(Guid planId, string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var plan = await connection.QuerySingleOrDefaultAsync<PlanRow>(
            """
            SELECT id, name, seed, target_count, inspectors_per_target, population::text AS population, inspector_pool::text AS inspector_pool, drawn_at
            FROM yandu.inspection_plans WHERE id = @planId AND region_code = @regionCode
            """, new { planId, regionCode });
        if (plan is null) return null;
        var targets = (await connection.QueryAsync<TargetRow>(
            """
            SELECT ordinal, enterprise_code, enterprise_name, inspectors::text AS inspectors, result, findings, published_at
            FROM yandu.inspection_targets WHERE plan_id = @planId ORDER BY ordinal
            """, new { planId })).Select(t => t.View()).ToList();
        return new PlanView(plan.Id, plan.Name, plan.Seed, plan.TargetCount, plan.InspectorsPerTarget, plan.PopulationCodes().Count,
            new DateTimeOffset(DateTime.SpecifyKind(plan.DrawnAt, DateTimeKind.Utc)), targets, Reproduces(plan, targets));
    }

    private static bool Reproduces(PlanRow plan, IReadOnlyList<TargetView> targets)
    {
        var again = RandomDraw.Draw(plan.Seed, plan.PopulationCodes(), plan.Pool(), plan.TargetCount, plan.InspectorsPerTarget);
        return again.Count == targets.Count && again.Zip(targets).All(p =>
            p.First.EnterpriseCode == p.Second.EnterpriseCode && p.First.Inspectors.SequenceEqual(p.Second.Inspectors));
    }
}
