using System.Net;
using System.Net.Http.Json;
using Dapper;
using Npgsql;
using Autofac;
using Platform.Identity.Cli;
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
    public async Task Should_create_the_first_region_admin_when_admin_create_reads_the_password_from_standard_input()
    {
        await using var host = await StartWithPasswordAsync(standardInput: "FirstAdmin2026\nFirstAdmin2026\n");
        var output = new StringWriter();

        var exit = await AdminCreate(host).RunAsync(["--region", "430682", "--account", "lx-admin"], output, CancellationToken.None);
        var again = await AdminCreate(host).RunAsync(["--region", "430682", "--account", "lx-admin"], output, CancellationToken.None);

        exit.ShouldBe(0);
        again.ShouldBe(1);
        output.ToString().ShouldNotContain("FirstAdmin2026");
        var token = await new ApiClient(host).AccessTokenAsync("lx-admin", "FirstAdmin2026");
        var units = await new ApiClient(host).GetAsync("/api/v1/identity/units", token);
        units.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await units.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("total").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_create_a_platform_admin_of_no_region_when_admin_create_reads_the_password_from_the_environment()
    {
        await using var host = await StartWithPasswordAsync(environment: "PlatformAdmin2026");

        var exit = await AdminCreate(host).RunAsync(["--platform", "--account", "lx-platform"], TextWriter.Null, CancellationToken.None);

        exit.ShouldBe(0);
        var me = await new ApiClient(host).GetAsync("/api/v1/auth/me", await new ApiClient(host).AccessTokenAsync("lx-platform", "PlatformAdmin2026"));
        var actor = await me.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        actor.GetProperty("regionCode").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        actor.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["PlatformAdmin"]);
    }

    [Fact]
    public async Task Should_refuse_the_password_and_create_nothing_when_admin_create_is_given_it_on_the_command_line()
    {
        await using var host = await StartWithPasswordAsync(environment: "FirstAdmin2026");
        var output = new StringWriter();

        var exit = await AdminCreate(host).RunAsync(["--region", "430682", "--account", "lx-admin", "--password", "FirstAdmin2026"], output,
            CancellationToken.None);

        exit.ShouldBe(2);
        output.ToString().ShouldContain("PLATFORM_ADMIN_PASSWORD");
        output.ToString().ShouldNotContain("FirstAdmin2026");
        await using var connection = new NpgsqlConnection(host.App.Database.ConnectionString);
        (await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM identity.users")).ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_a_weak_password_when_the_admin_create_verb_runs()
    {
        await using var host = await StartWithPasswordAsync(standardInput: "short\n");

        var exit = await AdminCreate(host).RunAsync(["--region", "430682", "--account", "lx-admin"], TextWriter.Null, CancellationToken.None);

        exit.ShouldBe(2);
    }

    private static ICliVerb AdminCreate(PlatformTestHost host) =>
        host.Get<IEnumerable<ICliVerb>>().Single(v => v.Words.SequenceEqual(["admin", "create"]));

    /// <summary>A host whose <c>admin create</c> sees the given environment variable and standard input instead of the process's.</summary>
    private static Task<PlatformTestHost> StartWithPasswordAsync(string? environment = null, string standardInput = "") =>
        PlatformTestHost.StartAsync("linxiang", container => container.RegisterInstance(new AdminPasswordInput(
            name => name == AdminPasswordInput.Variable ? environment : null, new StringReader(standardInput).ReadLine)));
}
