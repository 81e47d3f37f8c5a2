using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Tests.Support;

namespace Platform.Identity.Tests.Access;

/// <summary>What each role may and may not do through HTTP.</summary>
public sealed class RoleMatrixTests(DemoHost demo) : IClassFixture<DemoHost>
{
    public static TheoryData<string, bool> RolesAndAdminRights => new()
    {
        { "320903-clerk", false },
        { "320903-reviewer", false },
        { "320903-leader", false },
        { "320903-park", false },
        { "320903-supervisor", false },
        { "320903-admin", true },
        { "platform-admin", true },
    };

    [Theory]
    [MemberData(nameof(RolesAndAdminRights))]
    public async Task Should_list_users_only_when_the_role_administers_the_region(string account, bool allowed)
    {
        var token = await demo.Api.AccessTokenAsync(account);

        var response = await demo.Api.GetAsync("/api/v1/identity/users?region=320903", token);

        if (allowed)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            page.GetProperty("items").EnumerateArray().ShouldAllBe(u => u.GetProperty("regionCode").GetString() == "320903");
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await ApiClient.ProblemCodeAsync(response)).ShouldBe("identity.forbidden");
        }
    }

    [Theory]
    [MemberData(nameof(RolesAndAdminRights))]
    public async Task Should_tell_every_role_who_it_is_when_it_asks(string account, bool _)
    {
        var token = await demo.Api.AccessTokenAsync(account);

        (await demo.Api.GetAsync("/api/v1/auth/me", token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_an_applicant_with_403_when_it_calls_the_admin_api()
    {
        var applicant = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/applicant/token",
            new { identifier = "13932090301", password = ApiClient.DemoPassword });
        var token = (await applicant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        var response = await demo.Api.GetAsync("/api/v1/identity/units", token);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemCodeAsync(response)).ShouldBe("identity.forbidden");
    }

    [Fact]
    public async Task Should_answer_403_when_a_region_admin_names_another_region()
    {
        var token = await demo.Api.AccessTokenAsync("320903-admin");

        var response = await demo.Api.GetAsync("/api/v1/identity/units?region=440784", token);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemCodeAsync(response)).ShouldBe("identity.forbidden");
    }

    [Fact]
    public async Task Should_refuse_a_region_admin_with_403_when_it_grants_the_platform_admin_role()
    {
        var token = await demo.Api.AccessTokenAsync("320903-admin");
        var units = await (await demo.Api.GetAsync("/api/v1/identity/units?pageSize=1", token)).Content.ReadFromJsonAsync<JsonElement>();

        var response = await demo.Api.SendAsync(HttpMethod.Post, "/api/v1/identity/users", token, new
        {
            account = "would-be-root", displayName = "越权", password = "Escalate2026x",
            unitId = units.GetProperty("items")[0].GetProperty("id").GetGuid(), roles = new[] { "PlatformAdmin" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemCodeAsync(response)).ShouldBe("identity.forbidden");
    }

    [Fact]
    public async Task Should_let_the_platform_admin_list_any_region_when_it_names_one()
    {
        var token = await demo.Api.AccessTokenAsync("platform-admin");

        var response = await demo.Api.GetAsync("/api/v1/identity/units?region=440784&page=1&pageSize=5", token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        page.GetProperty("items").GetArrayLength().ShouldBe(5);
        page.GetProperty("total").GetInt64().ShouldBeGreaterThan(5);
    }

    [Fact]
    public async Task Should_answer_400_when_the_page_size_is_above_100()
    {
        var token = await demo.Api.AccessTokenAsync("320903-admin");

        var response = await demo.Api.GetAsync("/api/v1/identity/users?pageSize=101", token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ProblemCodeAsync(response)).ShouldBe("request.paging.invalid");
    }

    [Fact]
    public async Task Should_record_the_denial_when_a_role_is_refused()
    {
        var token = await demo.Api.AccessTokenAsync("210300-supervisor");

        await demo.Api.GetAsync("/api/v1/identity/users", token);

        await using var connection = new Npgsql.NpgsqlConnection(demo.Host.App.Database.ConnectionString);
        var detail = await Dapper.SqlMapper.QueryFirstOrDefaultAsync<string>(connection,
            "SELECT detail FROM identity.security_events WHERE kind = 'access_denied' AND region_code = '210300' ORDER BY id DESC");
        detail.ShouldBe("GET /api/v1/identity/users");
    }
}
