using System.Net;
using System.Net.Http.Json;
using Dapper;
using Npgsql;
using Platform.Identity.Tests.Support;
using Platform.Kernel.Cli;
using Platform.Testing;

namespace Platform.Identity.Tests.Demo;

public sealed class DemoAccountTests
{
    [Fact]
    public async Task Should_seed_one_user_of_each_staff_role_in_every_region_when_the_deployment_is_demo()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", DemoHost.GenerousLimits);
        await using var connection = new NpgsqlConnection(host.App.Database.ConnectionString);

        var rows = (await connection.QueryAsync<(string Region, string Role)>(
            "SELECT region_code, unnest(roles) FROM identity.users WHERE account NOT LIKE 'applicant:%'")).ToList();

        foreach (var region in new[] { "440784", "320903", "210300", "430600", "430682" })
            rows.Where(r => r.Region == region).Select(r => r.Role).Where(r => r != "PlatformAdmin")
                .ShouldBe(["WindowClerk", "DepartmentReviewer", "DepartmentLeader", "ParkCommitteeStaff", "Supervisor", "RegionAdmin"], ignoreOrder: true);
        rows.Count(r => r.Role == "PlatformAdmin").ShouldBe(1);
        (await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM identity.local_applicants")).ShouldBe(10);
    }

    [Fact]
    public async Task Should_have_no_account_at_all_when_the_deployment_is_not_demo()
    {
        await using var host = await PlatformTestHost.StartAsync("linxiang");
        await using var connection = new NpgsqlConnection(host.App.Database.ConnectionString);

        (await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM identity.users")).ShouldBe(0);
        (await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM identity.local_applicants")).ShouldBe(0);
    }

    [Fact]
    public async Task Should_create_the_first_region_admin_when_the_admin_create_verb_runs()
    {
        await using var host = await PlatformTestHost.StartAsync("linxiang");
        var verb = host.Get<IEnumerable<ICliVerb>>().Single(v => v.Words.SequenceEqual(["admin", "create"]));
        var output = new StringWriter();

        var exit = await verb.RunAsync(["--region", "430682", "--account", "lx-admin", "--password", "FirstAdmin2026"], output, CancellationToken.None);
        var again = await verb.RunAsync(["--region", "430682", "--account", "lx-admin", "--password", "FirstAdmin2026"], output, CancellationToken.None);

        exit.ShouldBe(0);
        again.ShouldBe(1);
        output.ToString().ShouldNotContain("FirstAdmin2026");
        var token = await new ApiClient(host).AccessTokenAsync("lx-admin", "FirstAdmin2026");
        var units = await new ApiClient(host).GetAsync("/api/v1/identity/units", token);
        units.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await units.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("total").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_refuse_a_weak_password_when_the_admin_create_verb_runs()
    {
        await using var host = await PlatformTestHost.StartAsync("linxiang");
        var verb = host.Get<IEnumerable<ICliVerb>>().Single(v => v.Words.SequenceEqual(["admin", "create"]));

        var exit = await verb.RunAsync(["--region", "430682", "--account", "lx-admin", "--password", "short"], TextWriter.Null, CancellationToken.None);

        exit.ShouldBe(2);
    }
}
