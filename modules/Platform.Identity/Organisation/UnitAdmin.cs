using Dapper;
using Npgsql;
using Platform.Identity.Contracts;
using Platform.Identity.Web;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Identity.Organisation;

/// <summary>Lists, creates and edits organisation units within the caller's scope; every change is audited in the region's chain.</summary>
internal sealed class UnitAdmin(NpgsqlDataSource dataSource, ITransactionRunner transactions, IAuditTrail audit, IAccessPolicy access,
    ICurrentActor actor, IClock clock)
{
    private const string Select =
        """
        SELECT u.id, u.region_code, u.code, u.name, u.kind, u.parent_id, p.name AS parent_name
        FROM identity.organisation_units u LEFT JOIN identity.organisation_units p ON p.id = u.parent_id
        """;

    public async Task<Paged<UnitView>> ListAsync(string? regionCode, Paging paging, CancellationToken cancellationToken)
    {
        var region = regionCode ?? actor.RegionCode ?? "";
        await access.DemandAdministerRegionAsync(region, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM identity.organisation_units WHERE region_code = @region", new { region });
        var items = await connection.QueryAsync<UnitView>(
            $"{Select} WHERE u.region_code = @region ORDER BY u.code LIMIT @PageSize OFFSET @Offset",
            new { region, paging.PageSize, paging.Offset });
        return new Paged<UnitView>(items.ToList(), paging.Page, paging.PageSize, total);
    }

    public async Task<UnitView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var unit = await connection.QuerySingleOrDefaultAsync<UnitView>($"{Select} WHERE u.id = @id", new { id });
        await access.DemandVisibleAsync(unit is not null && access.CanAdministerRegion(unit.RegionCode),
            IdentityProblems.UnitNotFound, "组织机构", cancellationToken);
        return unit!;
    }

    public async Task<UnitView> CreateAsync(UnitInput input, CancellationToken cancellationToken)
    {
        var region = input.RegionCode ?? actor.RegionCode ?? "";
        await access.DemandAdministerRegionAsync(region, cancellationToken);
        var (code, name, kind) = Validate(input, requireCode: true);
        var id = Ids.New();
        await transactions.RunAsync(async transaction =>
        {
            await RequireParentAsync(transaction, region, input.ParentId, id);
            var inserted = await transaction.Connection!.ExecuteAsync(
                """
                INSERT INTO identity.organisation_units (id, region_code, code, name, kind, parent_id, created_at)
                VALUES (@id, @region, @code, @name, @kind, @ParentId, @now) ON CONFLICT (region_code, code) DO NOTHING
                """, new { id, region, code, name, kind, input.ParentId, now = clock.Now }, transaction);
            if (inserted == 0) throw PlatformProblem.Conflict("identity.unit.code_taken", $"本地区已有编码为 {code} 的组织机构。");
            await audit.AppendAsync(transaction, new AuditEntry(region, Actor, "identity.unit.created", "organisation_unit", id.ToString(),
                new { code, name, kind, input.ParentId }), cancellationToken);
            return id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<UnitView> UpdateAsync(Guid id, UnitInput input, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(id, cancellationToken);
        var (_, name, kind) = Validate(input, requireCode: false);
        await transactions.RunAsync(async transaction =>
        {
            await RequireParentAsync(transaction, existing.RegionCode, input.ParentId, id);
            await transaction.Connection!.ExecuteAsync(
                "UPDATE identity.organisation_units SET name = @name, kind = @kind, parent_id = @ParentId WHERE id = @id",
                new { id, name, kind, input.ParentId }, transaction);
            await audit.AppendAsync(transaction, new AuditEntry(existing.RegionCode, Actor, "identity.unit.updated", "organisation_unit",
                id.ToString(), new { name, kind, input.ParentId }), cancellationToken);
            return id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private string Actor => actor.UserId?.ToString() ?? "system";

    private static (string Code, string Name, string Kind) Validate(UnitInput input, bool requireCode)
    {
        var code = input.Code?.Trim() ?? "";
        if (requireCode && !System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-z0-9-]{1,40}$"))
            throw PlatformProblem.Invalid("identity.unit.code_invalid", "code", "编码须为 1 到 40 位小写字母、数字或连字符。");
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100) throw PlatformProblem.Invalid("identity.unit.name_invalid", "name", "名称不能为空，且不超过 100 个字。");
        if (!Enum.TryParse<UnitKind>(input.Kind, out var kind))
            throw PlatformProblem.Invalid("identity.unit.kind_invalid", "kind", "机构类型不在可选范围内。");
        return (code, name, kind.ToString());
    }

    /// <summary>The parent must be a unit of the same region, and not the unit itself or one of its descendants.</summary>
    private static async Task RequireParentAsync(NpgsqlTransaction transaction, string region, Guid? parentId, Guid id)
    {
        if (parentId is null) return;
        var acceptable = await transaction.Connection!.ExecuteScalarAsync<bool>(
            """
            WITH RECURSIVE ancestors AS (
                SELECT id, parent_id FROM identity.organisation_units WHERE id = @parentId AND region_code = @region
                UNION ALL
                SELECT u.id, u.parent_id FROM identity.organisation_units u JOIN ancestors a ON u.id = a.parent_id
            )
            SELECT EXISTS (SELECT 1 FROM ancestors) AND NOT EXISTS (SELECT 1 FROM ancestors WHERE id = @id)
            """, new { parentId, region, id }, transaction);
        if (!acceptable) throw PlatformProblem.Invalid("identity.unit.parent_invalid", "parentId", "上级机构不存在，或会形成循环。");
    }
}
