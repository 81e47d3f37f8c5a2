using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Platform.Identity.Contracts;
using Platform.Identity.Web;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Identity.Users;

/// <summary>Lists, creates and edits staff users within the caller's scope; every change is audited in the region's chain.</summary>
internal sealed class UserAdmin(NpgsqlDataSource dataSource, ITransactionRunner transactions, IAuditTrail audit, IAccessPolicy access,
    ICurrentActor actor, IPasswordHasher<UserRow> hasher, IClock clock)
{
    private const string Select =
        """
        SELECT u.id, u.region_code, u.unit_id, o.name AS unit_name, u.account, u.display_name, u.roles, u.disabled, u.locked_until
        FROM identity.users u LEFT JOIN identity.organisation_units o ON o.id = u.unit_id
        """;

    public async Task<Paged<UserView>> ListAsync(string? regionCode, Paging paging, CancellationToken cancellationToken)
    {
        var region = regionCode ?? actor.RegionCode ?? "";
        await access.DemandAdministerRegionAsync(region, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM identity.users WHERE region_code = @region", new { region });
        var items = await connection.QueryAsync<UserView>(
            $"{Select} WHERE u.region_code = @region ORDER BY u.account LIMIT @PageSize OFFSET @Offset",
            new { region, paging.PageSize, paging.Offset });
        return new Paged<UserView>(items.ToList(), paging.Page, paging.PageSize, total);
    }

    public async Task<UserView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var user = await connection.QuerySingleOrDefaultAsync<UserView>($"{Select} WHERE u.id = @id", new { id });
        await access.DemandVisibleAsync(user?.RegionCode is { } region && access.CanAdministerRegion(region),
            IdentityProblems.UserNotFound, "用户", cancellationToken);
        return user!;
    }

    public async Task<UserView> CreateAsync(UserInput input, CancellationToken cancellationToken)
    {
        var account = input.Account?.Trim() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(account, "^[A-Za-z0-9._-]{3,40}$"))
            throw PlatformProblem.Invalid("identity.user.account_invalid", "account", "账号须为 3 到 40 位字母、数字、点、下划线或连字符。");
        PasswordRules.Demand(input.Password);
        var (region, unitId) = await RequireUnitAsync(input.UnitId, cancellationToken);
        var (name, roles) = Validate(input);
        var id = Ids.New();
        var user = new UserRow
        {
            Id = id, RegionCode = region, UnitId = unitId, Account = account, DisplayName = name, Roles = roles,
            PasswordHash = hasher.HashPassword(new UserRow { Id = id }, input.Password!),
        };
        await transactions.RunAsync(async transaction =>
        {
            var taken = await transaction.Connection!.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM identity.users WHERE account = @account)", new { account }, transaction);
            if (taken) throw PlatformProblem.Conflict("identity.user.account_taken", $"账号 {account} 已被使用。");
            await UserStore.InsertAsync(transaction, user, clock.Now);
            await audit.AppendAsync(transaction, new AuditEntry(region, Actor, "identity.user.created", "user", id.ToString(),
                new { account, name, roles, unitId }), cancellationToken);
            return id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<UserView> UpdateAsync(Guid id, UserInput input, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(id, cancellationToken);
        var (region, unitId) = await RequireUnitAsync(input.UnitId, cancellationToken);
        if (region != existing.RegionCode) throw PlatformProblem.Invalid("identity.user.unit_invalid", "unitId", "用户只能调整到本地区的机构。");
        var (name, roles) = Validate(input);
        if (input.Password is not null) PasswordRules.Demand(input.Password);
        var hash = input.Password is null ? null : hasher.HashPassword(new UserRow { Id = id }, input.Password);
        var disabled = input.Disabled ?? existing.Disabled;
        await transactions.RunAsync(async transaction =>
        {
            await transaction.Connection!.ExecuteAsync(
                """
                UPDATE identity.users SET display_name = @name, unit_id = @unitId, roles = @roles, disabled = @disabled,
                    password_hash = COALESCE(@hash, password_hash), version = version + 1
                WHERE id = @id
                """, new { id, name, unitId, roles, disabled, hash }, transaction);
            await audit.AppendAsync(transaction, new AuditEntry(region, Actor, "identity.user.updated", "user", id.ToString(),
                new { name, roles, unitId, disabled, passwordChanged = hash is not null }), cancellationToken);
            return id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private string Actor => actor.UserId?.ToString() ?? "system";

    private (string Name, string[] Roles) Validate(UserInput input)
    {
        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 50) throw PlatformProblem.Invalid("identity.user.name_invalid", "displayName", "姓名不能为空，且不超过 50 个字。");
        var roles = new List<Role>();
        foreach (var text in input.Roles ?? [])
        {
            if (!Enum.TryParse<Role>(text, out var role) || role == Role.Applicant)
                throw PlatformProblem.Invalid("identity.user.role_invalid", "roles", $"角色 {text} 不在可选范围内。");
            if (role == Role.PlatformAdmin && !actor.IsInRole(Role.PlatformAdmin))
                throw PlatformProblem.Invalid("identity.user.role_invalid", "roles", "只有平台管理员可以授予平台管理员角色。");
            roles.Add(role);
        }

        if (roles.Count == 0) throw PlatformProblem.Invalid("identity.user.role_invalid", "roles", "至少选择一个角色。");
        return (name, roles.Distinct().Select(r => r.ToString()).ToArray());
    }

    /// <summary>The unit must exist and lie in a region the caller administers; otherwise it does not exist for them.</summary>
    private async Task<(string Region, Guid UnitId)> RequireUnitAsync(Guid? unitId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var region = unitId is null ? null : await connection.ExecuteScalarAsync<string?>(
            "SELECT region_code FROM identity.organisation_units WHERE id = @unitId", new { unitId });
        if (region is null || !access.CanAdministerRegion(region))
            throw PlatformProblem.Invalid("identity.user.unit_invalid", "unitId", "所属机构不存在。");
        return (region, unitId!.Value);
    }
}
