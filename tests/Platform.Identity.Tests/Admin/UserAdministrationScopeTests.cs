using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Identity.Tests.Support;

namespace Platform.Identity.Tests.Admin;

/// <summary>
/// A region admin administers staff of its own region below its own rank, and nothing else: every other
/// attempt answers 403 problem+json, leaves the account's row as it was, and its old password still signs in.
/// </summary>
public sealed class UserAdministrationScopeTests(DemoHost demo) : IClassFixture<DemoHost>
{
    private const string Heshan = "440784";
    private const string NewPassword = "Takeover2026pass";

    [Fact]
    public async Task Should_refuse_with_403_and_change_nothing_when_a_region_admin_edits_the_platform_admin()
    {
        var target = await UserIdAsync("platform-admin");

        await ShouldBeRefusedAsync(target, new { displayName = "接管", password = NewPassword, unitId = await RootUnitAsync(), roles = new[] { "RegionAdmin" } });

        (await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "platform-admin", password = ApiClient.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_with_403_and_change_nothing_when_a_region_admin_turns_an_applicant_into_staff()
    {
        var signIn = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/applicant/token",
            new { identifier = $"139{Heshan}01", password = ApiClient.DemoPassword });
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        var target = await UserIdAsync($"applicant:local:139{Heshan}01");

        await ShouldBeRefusedAsync(target, new { displayName = "变成工作人员", password = NewPassword, unitId = await RootUnitAsync(), roles = new[] { "WindowClerk" } });

        (await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = $"applicant:local:139{Heshan}01", password = NewPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_with_403_and_change_nothing_when_a_region_admin_edits_another_regions_user()
    {
        var target = await UserIdAsync("320903-clerk");

        await ShouldBeRefusedAsync(target, new { displayName = "跨区", password = NewPassword, unitId = await RootUnitAsync(), roles = new[] { "WindowClerk" } });
        await ShouldBeRefusedAsync(target, new { displayName = "跨区", password = NewPassword, unitId = await RootUnitAsync("320903"), roles = new[] { "WindowClerk" } });

        await demo.Api.TokenAsync("320903-clerk");
    }

    [Fact]
    public async Task Should_refuse_with_403_and_change_nothing_when_a_region_admin_edits_an_admin_of_its_own_region()
    {
        var target = await UserIdAsync($"{Heshan}-admin");

        await ShouldBeRefusedAsync(target, new { displayName = "自己", password = NewPassword, unitId = await RootUnitAsync(), roles = new[] { "RegionAdmin" } });

        await demo.Api.TokenAsync($"{Heshan}-admin");
    }

    [Theory]
    [InlineData("RegionAdmin")]
    [InlineData("PlatformAdmin")]
    public async Task Should_refuse_with_403_and_change_nothing_when_a_region_admin_grants_a_role_at_or_above_its_own(string role)
    {
        const string password = "ScopeClerk2026x";
        var account = $"scope-grant-{role.ToLowerInvariant()}";
        var target = await demo.Api.CreateUserAsync(Heshan, account, password);

        await ShouldBeRefusedAsync(target, new { displayName = "提权", password = NewPassword, unitId = await RootUnitAsync(), roles = new[] { role } });
        var admin = await demo.Api.AccessTokenAsync($"{Heshan}-admin");
        var create = await demo.Api.SendAsync(HttpMethod.Post, "/api/v1/identity/users", admin,
            new { account = $"{account}-new", displayName = "提权", password = NewPassword, unitId = await RootUnitAsync(), roles = new[] { role } });

        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemCodeAsync(create)).ShouldBe("identity.forbidden");
        (await UserRowAsync($"{account}-new")).ShouldBeNull();
        await demo.Api.TokenAsync(account, password);
    }

    [Fact]
    public async Task Should_refuse_with_403_when_a_region_admin_creates_a_user_in_another_regions_unit()
    {
        var admin = await demo.Api.AccessTokenAsync($"{Heshan}-admin");

        var create = await demo.Api.SendAsync(HttpMethod.Post, "/api/v1/identity/users", admin,
            new { account = "scope-other-region", displayName = "跨区", password = NewPassword, unitId = await RootUnitAsync("320903"), roles = new[] { "WindowClerk" } });

        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemCodeAsync(create)).ShouldBe("identity.forbidden");
        (await UserRowAsync("scope-other-region")).ShouldBeNull();
    }

    [Fact]
    public async Task Should_let_a_region_admin_reset_the_password_and_disable_a_clerk_of_its_own_region()
    {
        var target = await demo.Api.CreateUserAsync(Heshan, "scope-own-clerk", "ScopeClerk2026x");
        var admin = await demo.Api.AccessTokenAsync($"{Heshan}-admin");

        var reset = await demo.Api.SendAsync(HttpMethod.Put, $"/api/v1/identity/users/{target}", admin,
            new { displayName = "本区受理员", password = NewPassword, unitId = await RootUnitAsync(), roles = new[] { "DepartmentReviewer" } });

        reset.StatusCode.ShouldBe(HttpStatusCode.OK, await reset.Content.ReadAsStringAsync());
        await demo.Api.TokenAsync("scope-own-clerk", NewPassword);
    }

    [Fact]
    public async Task Should_list_only_the_staff_it_administers_when_a_region_admin_lists_its_region()
    {
        await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/applicant/token", new { identifier = $"139{Heshan}01", password = ApiClient.DemoPassword });
        var admin = await demo.Api.AccessTokenAsync($"{Heshan}-admin");

        var page = await (await demo.Api.GetAsync($"/api/v1/identity/users?region={Heshan}&pageSize=100", admin)).Content.ReadFromJsonAsync<JsonElement>();

        var roles = page.GetProperty("items").EnumerateArray().SelectMany(u => u.GetProperty("roles").EnumerateArray().Select(r => r.GetString())).ToList();
        roles.ShouldNotBeEmpty();
        roles.ShouldNotContain("Applicant");
        roles.ShouldNotContain("RegionAdmin");
        roles.ShouldNotContain("PlatformAdmin");
    }

    [Fact]
    public async Task Should_belong_to_no_region_when_the_demo_platform_admin_signs_in()
    {
        var token = await demo.Api.AccessTokenAsync("platform-admin");

        var me = await (await demo.Api.GetAsync("/api/v1/auth/me", token)).Content.ReadFromJsonAsync<JsonElement>();

        me.GetProperty("regionCode").ValueKind.ShouldBe(JsonValueKind.Null);
        (await UserRowAsync("platform-admin"))!.ShouldStartWith("{\"region_code\":null,\"unit_id\":null");
    }

    private async Task ShouldBeRefusedAsync(Guid target, object body)
    {
        var before = await UserRowAsync(target);
        var admin = await demo.Api.AccessTokenAsync($"{Heshan}-admin");

        var response = await demo.Api.SendAsync(HttpMethod.Put, $"/api/v1/identity/users/{target}", admin, body);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        (await ApiClient.ProblemCodeAsync(response)).ShouldBe("identity.forbidden");
        (await UserRowAsync(target)).ShouldBe(before);
    }

    private async Task<Guid> UserIdAsync(string account)
    {
        await using var connection = new NpgsqlConnection(demo.Host.App.Database.ConnectionString);
        return await connection.ExecuteScalarAsync<Guid>("SELECT id FROM identity.users WHERE account = @account", new { account });
    }

    private async Task<Guid> RootUnitAsync(string region = Heshan)
    {
        await using var connection = new NpgsqlConnection(demo.Host.App.Database.ConnectionString);
        return await connection.ExecuteScalarAsync<Guid>(
            "SELECT id FROM identity.organisation_units WHERE region_code = @region ORDER BY parent_id NULLS FIRST, code LIMIT 1", new { region });
    }

    private Task<string?> UserRowAsync(Guid id) => UserRowAsync("id = @id", new { id });

    private Task<string?> UserRowAsync(string account) => UserRowAsync("account = @account", new { account });

    private async Task<string?> UserRowAsync(string where, object parameters)
    {
        await using var connection = new NpgsqlConnection(demo.Host.App.Database.ConnectionString);
        return await connection.ExecuteScalarAsync<string?>(
            $"""
            SELECT row_to_json(u)::text FROM (SELECT region_code, unit_id, account, display_name, roles, password_hash, applicant_kind,
                disabled, version FROM identity.users WHERE {where}) u
            """, parameters);
    }
}
