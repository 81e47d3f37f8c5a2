using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Platform.Identity.Contracts;
using Platform.Identity.Users;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Cli;
using Platform.Kernel.Database;
using Platform.Kernel.Time;

namespace Platform.Identity.Cli;

/// <summary>
/// <c>admin create --region 440784 --account admin --password … [--name 姓名] [--platform]</c>: the first
/// administrator of a deployment that has no default account. Prints the account, never the password.
/// </summary>
internal sealed class AdminCreateVerb(NpgsqlDataSource dataSource, ITransactionRunner transactions, IAuditTrail audit,
    IPasswordHasher<UserRow> hasher, IClock clock) : ICliVerb
{
    public IReadOnlyList<string> Words => ["admin", "create"];

    public string Summary => "create a region admin (or with --platform a platform admin): --region CODE --account NAME --password SECRET";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var options = CliOptions.Parse(arguments);
        var region = options.GetValueOrDefault("--region");
        var account = options.GetValueOrDefault("--account");
        var password = options.GetValueOrDefault("--password");
        if (region is null || account is null || password is null)
        {
            await output.WriteLineAsync("用法 / usage: admin create --region CODE --account NAME --password SECRET [--name 姓名] [--platform]");
            return 2;
        }

        if (!PasswordRules.IsAcceptable(password))
        {
            await output.WriteLineAsync(PasswordRules.Rule);
            return 2;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rootUnit = await connection.QueryFirstOrDefaultAsync<Guid?>(
            "SELECT id FROM identity.organisation_units WHERE region_code = @region AND parent_id IS NULL ORDER BY code", new { region });
        var regionKnown = await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM identity.regions WHERE code = @region)", new { region });
        if (!regionKnown)
        {
            await output.WriteLineAsync($"地区 {region} 不在本部署中 / region {region} is not served by this deployment.");
            return 1;
        }

        var role = options.ContainsKey("--platform") ? Role.PlatformAdmin : Role.RegionAdmin;
        var id = Ids.New();
        var created = await transactions.RunAsync(async transaction =>
        {
            var inserted = await transaction.Connection!.ExecuteAsync(
                """
                INSERT INTO identity.users (id, region_code, unit_id, account, display_name, roles, password_hash, created_at)
                VALUES (@id, @region, @rootUnit, @account, @name, @roles, @hash, @now) ON CONFLICT (account) DO NOTHING
                """, new
                {
                    id, region, rootUnit, account, name = options.GetValueOrDefault("--name") ?? "管理员",
                    roles = new[] { role.ToString() }, hash = hasher.HashPassword(new UserRow { Id = id }, password), now = clock.Now,
                }, transaction);
            if (inserted > 0)
                await audit.AppendAsync(transaction, new AuditEntry(region, "cli", "identity.user.created", "user", id.ToString(),
                    new { account, roles = new[] { role.ToString() } }), cancellationToken);
            return inserted > 0;
        }, cancellationToken);

        await output.WriteLineAsync(created
            ? $"已创建 {role} 账号 {account}（地区 {region}） / created {role} {account} in {region}."
            : $"账号 {account} 已存在，未作更改 / account {account} already exists; nothing changed.");
        return created ? 0 : 1;
    }
}
