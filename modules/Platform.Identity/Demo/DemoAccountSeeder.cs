using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Identity.Contracts;
using Platform.Identity.SignIn;
using Platform.Identity.Users;
using Platform.Kernel;
using Platform.Kernel.Modularity;
using Platform.Kernel.Time;

namespace Platform.Identity.Demo;

/// <summary>
/// Demo deployment only: per region one staff user of each role plus a citizen and an enterprise
/// applicant, and one platform admin. Runs when the host starts serving (after every plugin seeded its
/// units); adds only accounts that are missing and prints them the first time.
/// </summary>
internal sealed class DemoAccountSeeder(Deployment deployment, IOrganisationDirectory directory, NpgsqlDataSource dataSource,
    IClock clock, ILogger<DemoAccountSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // One hash for all: the demo password is public, and hashing dozens of times would slow every start.
        var hash = new PasswordHasher<UserRow>().HashPassword(new UserRow(), DemoAccount.Password);
        var created = new List<string>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var region in deployment.Regions)
        {
            var units = await directory.UnitsAsync(region.Code, cancellationToken);
            if (units.Count == 0) continue;
            foreach (var account in DemoAccount.PerRegion)
                if (await InsertAsync(connection, $"{region.Code}-{account.Suffix}", $"{region.Name}{account.Title}", account.Role,
                        region.Code, Place(units, account, region), hash))
                    created.Add($"{region.Code}-{account.Suffix} ({account.Role})");
            created.AddRange(await InsertApplicantsAsync(connection, region, hash));
        }

        // The platform admin administers every region and belongs to none.
        if (await InsertAsync(connection, DemoAccount.PlatformAdminAccount, "平台管理员", Role.PlatformAdmin, null, null, hash))
            created.Add(DemoAccount.PlatformAdminAccount + " (PlatformAdmin)");

        if (created.Count > 0)
            logger.LogWarning("Demo deployment: created demo accounts {Accounts}, all with the documented demo password {Password}",
                string.Join(", ", created), DemoAccount.Password);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> InsertAsync(NpgsqlConnection connection, string account, string name, Role role, string? region, Guid? unitId,
        string hash) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO identity.users (id, region_code, unit_id, account, display_name, roles, password_hash, created_at)
            VALUES (@id, @region, @unitId, @account, @name, @roles, @hash, @now) ON CONFLICT (account) DO NOTHING
            """, new { id = Ids.New(), region, unitId, account, name, roles = new[] { role.ToString() }, hash, now = clock.Now }) > 0;

    private static async Task<IEnumerable<string>> InsertApplicantsAsync(NpgsqlConnection connection, DeploymentRegion region, string hash)
    {
        var applicants = new[]
        {
            (Id: DemoAccount.CitizenPhone(region.Code), Name: $"{region.Name}演示市民", Kind: ApplicantKind.Citizen, Enterprise: (string?)null),
            (Id: DemoAccount.EnterpriseCode(region.Code), Name: $"{region.Name}演示企业有限公司", Kind: ApplicantKind.Enterprise,
                Enterprise: DemoAccount.EnterpriseCode(region.Code)),
        };
        var created = new List<string>();
        foreach (var applicant in applicants)
        {
            var inserted = await connection.ExecuteAsync(
                """
                INSERT INTO identity.local_applicants (identifier, password_hash, display_name, applicant_kind, enterprise_id, region_code)
                VALUES (@Id, @hash, @Name, @kind, @Enterprise, @Code) ON CONFLICT (identifier) DO NOTHING
                """, new { applicant.Id, hash, applicant.Name, kind = applicant.Kind.ToString(), applicant.Enterprise, region.Code });
            if (inserted > 0) created.Add($"{applicant.Id} (Applicant {applicant.Kind})");
        }

        return created;
    }

    /// <summary>Reviewers of the examples sit in the unit the deployment names for them; everyone else by kind.</summary>
    private static Guid Place(IReadOnlyList<OrganisationUnit> units, DemoAccount account, DeploymentRegion region) =>
        account.ReviewsExamples && units.FirstOrDefault(u => u.Code == region.DemoReviewUnit) is { } unit ? unit.Id : Pick(units, account.PreferredUnits);

    /// <summary>The first unit of the most preferred kind; among windows, the comprehensive one (综合) before the zones.</summary>
    private static Guid Pick(IReadOnlyList<OrganisationUnit> units, UnitKind[] preferred) =>
        preferred.Select(kind => units.Where(u => u.Kind == kind).OrderByDescending(u => u.Name.Contains("综合")).FirstOrDefault())
            .FirstOrDefault(u => u is not null)?.Id ?? Root(units);

    private static Guid Root(IReadOnlyList<OrganisationUnit> units) => (units.FirstOrDefault(u => u.ParentId is null) ?? units[0]).Id;
}
