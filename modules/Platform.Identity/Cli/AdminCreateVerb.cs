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
/// <c>admin create --region 440784 --account admin [--name 姓名]</c>, or <c>admin create --platform --account NAME</c>: the first
/// administrator of a deployment that has no default account. The password comes from <see cref="AdminPasswordInput"/>
/// (environment or standard input), never the command line. Prints the account, never the password.
/// </summary>
internal sealed class AdminCreateVerb(NpgsqlDataSource dataSource, ITransactionRunner transactions, IAuditTrail audit,
    IPasswordHasher<UserRow> hasher, AdminPasswordInput passwords, IClock clock) : ICliVerb
{
    private const string Usage =
        "用法 / usage: admin create --region CODE --account NAME [--name 姓名]   或 / or: admin create --platform --account NAME [--name 姓名]\n"
        + $"密码从环境变量 {AdminPasswordInput.Variable} 或标准输入读取 / the password is read from {AdminPasswordInput.Variable} or standard input.";

    public IReadOnlyList<string> Words => ["admin", "create"];

    public string Summary =>
        $"create a region admin (--region CODE) or a platform admin (--platform) --account NAME; password from {AdminPasswordInput.Variable} or stdin";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var options = CliOptions.Parse(arguments);
        if (options.ContainsKey("--password"))
        {
            await output.WriteLineAsync(
                $"不再接受命令行上的密码（会出现在进程列表和命令历史中），请改用环境变量 {AdminPasswordInput.Variable} 或标准输入。"
                + $" / --password is refused: the command line is visible to others. Set {AdminPasswordInput.Variable} or pipe the password to standard input.");
            return 2;
        }

        var platform = options.ContainsKey("--platform");
        var region = options.GetValueOrDefault("--region");
        var account = options.GetValueOrDefault("--account");
        if (account is not { Length: > 0 } || platform == (region is not null))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var password = passwords.Read();
        if (!PasswordRules.IsAcceptable(password))
        {
            await output.WriteLineAsync(PasswordRules.Rule);
            return 2;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rootUnit = region is null ? null : await connection.QueryFirstOrDefaultAsync<Guid?>(
            "SELECT id FROM identity.organisation_units WHERE region_code = @region AND parent_id IS NULL ORDER BY code", new { region });
        if (region is not null
            && !await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM identity.regions WHERE code = @region)", new { region }))
        {
            await output.WriteLineAsync($"地区 {region} 不在本部署中 / region {region} is not served by this deployment.");
            return 1;
        }

        // A platform admin administers every region and belongs to none.
        var role = platform ? Role.PlatformAdmin : Role.RegionAdmin;
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
                    roles = new[] { role.ToString() }, hash = hasher.HashPassword(new UserRow { Id = id }, password!), now = clock.Now,
                }, transaction);
            if (inserted > 0)
                await audit.AppendAsync(transaction, new AuditEntry(region ?? UserAdmin.PlatformChain, "cli", "identity.user.created", "user",
                    id.ToString(), new { account, roles = new[] { role.ToString() } }), cancellationToken);
            return inserted > 0;
        }, cancellationToken);

        var where = region is null ? "（不属于任何地区） / of no region" : $"（地区 {region}） / in {region}";
        await output.WriteLineAsync(created
            ? $"已创建 {role} 账号 {account}{where}."
            : $"账号 {account} 已存在，未作更改 / account {account} already exists; nothing changed.");
        return created ? 0 : 1;
    }
}
