using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Tests.Support;

namespace Platform.Identity.Tests.SignIn;

public sealed class TokenTests(DemoHost demo) : IClassFixture<DemoHost>
{
    private ApiClient Api => demo.Api;

    [Fact]
    public async Task Should_identify_the_clerk_by_region_unit_and_role_when_signed_in_with_a_bearer_token()
    {
        var token = await Api.AccessTokenAsync("440784-clerk");

        var me = await (await Api.GetAsync("/api/v1/auth/me", token)).Content.ReadFromJsonAsync<JsonElement>();

        me.GetProperty("regionCode").GetString().ShouldBe("440784");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["WindowClerk"]);
        me.GetProperty("unitId").GetGuid().ShouldNotBe(Guid.Empty);
        me.GetProperty("displayName").GetString().ShouldBe("鹤山市综合窗口受理员");
    }

    [Fact]
    public async Task Should_answer_401_problem_json_when_the_password_is_wrong()
    {
        var response = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "440784-clerk", password = "wrong-password-1" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ProblemCodeAsync(response)).ShouldBe("identity.sign_in.invalid");
    }

    [Fact]
    public async Task Should_answer_401_problem_json_when_no_credentials_are_given()
    {
        var response = await Api.GetAsync("/api/v1/identity/users", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ProblemCodeAsync(response)).ShouldBe("identity.unauthenticated");
    }

    [Fact]
    public async Task Should_issue_a_new_pair_and_retire_the_old_refresh_token_when_refreshing()
    {
        var first = await Api.TokenAsync("320903-reviewer");
        var refresh = first.GetProperty("refreshToken").GetString();

        var renewed = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });
        var again = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });

        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pair = await renewed.Content.ReadFromJsonAsync<JsonElement>();
        (await Api.GetAsync("/api/v1/auth/me", pair.GetProperty("accessToken").GetString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ProblemCodeAsync(again)).ShouldBe("identity.refresh.invalid");
    }

    [Fact]
    public async Task Should_refuse_the_refresh_token_when_the_client_signed_out()
    {
        var refresh = (await Api.TokenAsync("320903-leader")).GetProperty("refreshToken").GetString();

        (await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/signout", new { refreshToken = refresh })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var refused = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("13944078401", "Citizen", null)]
    [InlineData("91440784MA0DEMO01X", "Enterprise", "91440784MA0DEMO01X")]
    public async Task Should_sign_in_applicants_through_the_identity_provider_when_the_demo_credentials_are_given(
        string identifier, string kind, string? enterprise)
    {
        var response = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/applicant/token", new { identifier, password = ApiClient.DemoPassword });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, kind);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        var me = await (await Api.GetAsync("/api/v1/auth/me", token)).Content.ReadFromJsonAsync<JsonElement>();

        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Applicant"]);
        me.GetProperty("enterpriseId").ValueKind.ShouldBe(enterprise is null ? JsonValueKind.Null : JsonValueKind.String);
        if (enterprise is not null) me.GetProperty("enterpriseId").GetString().ShouldBe(enterprise);
    }

    [Fact]
    public async Task Should_refuse_an_applicant_on_the_staff_token_endpoint_when_the_account_has_no_password()
    {
        await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/applicant/token", new { identifier = "13932090301", password = ApiClient.DemoPassword });

        var response = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/token",
            new { account = "applicant:local:13932090301", password = ApiClient.DemoPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
