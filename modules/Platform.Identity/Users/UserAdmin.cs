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

/// <summary>
/// Lists, creates and edits staff users within the caller's scope (<see cref="UserScope"/>); every change is audited in the
/// region's chain (a platform admin's account, which belongs to no region, in the platform chain).
/// </summary>
internal sealed class UserAdmin(NpgsqlDataSource dataSource, ITransactionRunner transactions, IAuditTrail audit, IAccessPolicy access,
    UserScope scope, ICurrentActor actor, IPasswordHasher<UserRow> hasher, IClock clock)
{
    /// <summary>The audit chain of what belongs to no region: platform admin accounts.</summary>
    public const string PlatformChain = "platform";

    private const string Select =
        """
        SELECT u.id, u.region_code, u.unit_id, o.name AS unit_name, u.account, u.display_name, u.roles, u.disabled, u.locked_until
        FROM identity.users u LEFT JOIN identity.organisation_units o ON o.id = u.unit_id
        """;

    /// <summary>The region's staff the caller administers: never applicants, and for a region admin none at or above its rank.</summary>
    public async Task<Paged<UserView>> ListAsync(string? regionCode, Paging paging, CancellationToken cancellationToken)
    {
        var region = regionCode ?? actor.RegionCode ?? "";
        await access.DemandAdministerRegionAsync(region, cancellationToken);
        var roles = scope.Grantable.Select(r => r.ToString()).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM identity.users WHERE region_code = @region AND roles <@ @roles", new { region, roles });
        var items = await connection.QueryAsync<UserView>(
            $"{Select} WHERE u.region_code = @region AND u.roles <@ @roles ORDER BY u.account LIMIT @PageSize OFFSET @Offset",
            new { region, roles, paging.PageSize, paging.Offset });
        return new Paged<UserView>(items.ToList(), paging.Page, paging.PageSize, total);
    }

    /// <summary>A user the caller administers; any other answers 404, as if it did not exist.</summary>
    public async Task<UserView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        await access.DemandVisibleAsync(user is not null && scope.MayAdminister(user.RegionCode, user.Roles),
            IdentityProblems.UserNotFound, "用户", cancellationToken);
        return user!;
    }

    public async Task<UserView> CreateAsync(UserInput input, CancellationToken cancellationToken)
    {
        var account = input.Account?.Trim() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(account, "^[A-Za-z0-9._-]{3,40}$"))
            throw PlatformProblem.Invalid("identity.user.account_invalid", "account", "账号须为 3 到 40 位字母、数字、点、下划线或连字符。");
        PasswordRules.Demand(input.Password);
        var (name, roles) = await ValidateAsync(input, cancellationToken);
        var (region, unitId) = await PlaceAsync(input.UnitId, roles, cancellationToken);
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
            await audit.AppendAsync(transaction, new AuditEntry(region ?? PlatformChain, Actor, "identity.user.created", "user", id.ToString(),
                new { account, name, roles, unitId }), cancellationToken);
            return id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Edits a user the caller administers: name, unit, roles, a new password, disabled. Anyone else's account answers 403.</summary>
    public async Task<UserView> UpdateAsync(Guid id, UserInput input, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(id, cancellationToken)
                       ?? throw PlatformProblem.NotFound(IdentityProblems.UserNotFound, "用户不存在。");
        await scope.DemandAdministerAsync(existing.RegionCode, existing.Roles, $"管理账号 {existing.Account}", cancellationToken);
        var (name, roles) = await ValidateAsync(input, cancellationToken);
        var (region, unitId) = await PlaceAsync(input.UnitId, roles, cancellationToken);
        if (existing.RegionCode is not null && region is not null && region != existing.RegionCode)
            throw PlatformProblem.Invalid("identity.user.unit_invalid", "unitId", "用户只能调整到本地区的机构。");
        if (input.Password is not null) PasswordRules.Demand(input.Password);
        var hash = input.Password is null ? null : hasher.HashPassword(new UserRow { Id = id }, input.Password);
        var disabled = input.Disabled ?? existing.Disabled;
        await transactions.RunAsync(async transaction =>
        {
            await transaction.Connection!.ExecuteAsync(
                """
                UPDATE identity.users SET display_name = @name, region_code = @region, unit_id = @unitId, roles = @roles, disabled = @disabled,
                    password_hash = COALESCE(@hash, password_hash), version = version + 1
                WHERE id = @id
                """, new { id, name, region, unitId, roles, disabled, hash }, transaction);
            await audit.AppendAsync(transaction, new AuditEntry(region ?? existing.RegionCode ?? PlatformChain, Actor, "identity.user.updated", "user",
                id.ToString(), new { name, roles, unitId, disabled, passwordChanged = hash is not null }), cancellationToken);
            return id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private string Actor => actor.UserId?.ToString() ?? "system";

    private async Task<UserView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserView>(new CommandDefinition($"{Select} WHERE u.id = @id", new { id },
            cancellationToken: cancellationToken));
    }

    /// <summary>Name and roles; a role the caller may not grant answers 403, a role that does not exist 400.</summary>
    private async Task<(string Name, string[] Roles)> ValidateAsync(UserInput input, CancellationToken cancellationToken)
    {
        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 50) throw PlatformProblem.Invalid("identity.user.name_invalid", "displayName", "姓名不能为空，且不超过 50 个字。");
        var roles = new List<Role>();
        foreach (var text in input.Roles ?? [])
        {
            if (!Enum.TryParse<Role>(text, out var role) || role == Role.Applicant || !Enum.IsDefined(role))
                throw PlatformProblem.Invalid("identity.user.role_invalid", "roles", $"角色 {text} 不在可选范围内。");
            roles.Add(role);
        }

        if (roles.Count == 0) throw PlatformProblem.Invalid("identity.user.role_invalid", "roles", "至少选择一个角色。");
        await scope.DemandGrantAsync(roles, cancellationToken);
        if (roles.Contains(Role.PlatformAdmin) && roles.Distinct().Count() > 1)
            throw PlatformProblem.Invalid("identity.user.role_invalid", "roles", "平台管理员不属于任何地区，不能兼任其他角色。");
        return (name, roles.Distinct().Select(r => r.ToString()).ToArray());
    }

    /// <summary>
    /// Where the account sits: a platform admin nowhere (no region, no unit); anyone else in a unit that exists (else 400) and lies
    /// in a region the caller administers (else 403).
    /// </summary>
    private async Task<(string? Region, Guid? UnitId)> PlaceAsync(Guid? unitId, string[] roles, CancellationToken cancellationToken)
    {
        if (roles.Contains(nameof(Role.PlatformAdmin))) return (null, null);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var region = unitId is null ? null : await connection.ExecuteScalarAsync<string?>(
            "SELECT region_code FROM identity.organisation_units WHERE id = @unitId", new { unitId });
        if (region is null) throw PlatformProblem.Invalid("identity.user.unit_invalid", "unitId", "所属机构不存在。");
        await scope.DemandRegionAsync(region, cancellationToken);
        return (region, unitId);
    }
}
