using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Tests.Support;

namespace Platform.Identity.Tests.SignIn;

/// <summary>A rotated-out refresh token used again means it was stolen: the whole family it belongs to stops working.</summary>
public sealed class RefreshReuseTests(DemoHost demo) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Should_revoke_the_newer_refresh_token_too_when_a_rotated_out_one_is_used_again()
    {
        var first = (await demo.Api.TokenAsync("440784-leader")).GetProperty("refreshToken").GetString();
        var renewed = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first });
        var second = (await renewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();

        var replay = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first });
        var afterReplay = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = second });

        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        replay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        afterReplay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ProblemCodeAsync(afterReplay)).ShouldBe("identity.refresh.invalid");
    }

    [Fact]
    public async Task Should_keep_another_sign_in_working_when_one_family_is_revoked_for_reuse()
    {
        var stolen = (await demo.Api.TokenAsync("440784-park")).GetProperty("refreshToken").GetString();
        var otherDevice = (await demo.Api.TokenAsync("440784-park")).GetProperty("refreshToken").GetString();
        await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = stolen });

        await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = stolen });
        var other = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = otherDevice });

        other.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
