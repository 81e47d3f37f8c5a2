using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Bundles.Contracts;

namespace Platform.Bundles.Tests.Api;

/// <summary>The public guidance, the applicant's submission, one-window acceptance and the admin's versions, over HTTP on the demo host.</summary>
public sealed class BundleHttpTests(BundleFixture fixture) : IClassFixture<BundleFixture>
{
    private const string Password = "Demo@123456";

    [Fact]
    public async Task Should_tell_anyone_the_matters_and_the_single_material_list_when_guidance_is_asked_without_signing_in()
    {
        var response = await fixture.Host.Http.PostAsJsonAsync("/api/v1/regions/430600/bundles/qykb/guidance",
            new { answers = BundleFixture.OpeningAnswers() });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var guidance = (await response.Content.ReadFromJsonAsync<JsonElement>());
        guidance.GetProperty("matters").GetArrayLength().ShouldBe(5);
        guidance.GetProperty("materials").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldBeUnique();
    }

    [Fact]
    public async Task Should_answer_400_naming_the_question_when_an_answer_is_not_an_option()
    {
        var response = await fixture.Host.Http.PostAsJsonAsync("/api/v1/regions/430600/bundles/qykb/guidance",
            new { answers = new Dictionary<string, string> { ["invoice"] = "maybe", ["staff"] = "no", ["premises"] = "registered" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("bundle.answer.not_an_option");
        problem.GetProperty("errors").TryGetProperty("answers.invoice", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_submit_once_and_accept_only_at_the_general_window_when_the_applicant_and_clerks_use_the_api()
    {
        var applicant = await TokenAsync("/api/v1/auth/applicant/token", new { identifier = "13943060001", password = Password });
        var answers = BundleFixture.OpeningAnswers(invoice: "no", staff: "no");
        var guidance = await fixture.Get<IBundleCatalogue>().GuideAsync("430600", "qykb", answers, CancellationToken.None);
        var userId = JsonDocument.Parse(Convert.FromBase64String(Pad(applicant.Split('.')[1]))).RootElement.GetProperty("sub").GetString()!;
        var materials = await fixture.UploadAllAsync(guidance, BundleFixture.Applicant(userId));
        var body = new { regionCode = "430600", bundleCode = "qykb", answers, form = BundleFixture.OpeningForm(), materials };
        var key = Guid.NewGuid().ToString();

        var first = await SendAsync(HttpMethod.Post, "/api/v1/bundle-cases", applicant, body, idempotencyKey: key);
        var again = await SendAsync(HttpMethod.Post, "/api/v1/bundle-cases", applicant, body, idempotencyKey: key);

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        var zoneClerk = await WindowClerkAsync("bdc");
        var clerk = await WindowClerkAsync("zhck");
        var zone = await SendAsync(HttpMethod.Post, $"/api/v1/bundle-cases/{created.GetProperty("id").GetGuid()}/accept", zoneClerk,
            ifMatch: first.Headers.ETag!.Tag);
        zone.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await zone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("bundle.intake.window_not_allowed");
        var stale = await SendAsync(HttpMethod.Post, $"/api/v1/bundle-cases/{created.GetProperty("id").GetGuid()}/accept", clerk, ifMatch: "\"7\"");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var accepted = await SendAsync(HttpMethod.Post, $"/api/v1/bundle-cases/{created.GetProperty("id").GetGuid()}/accept", clerk,
            ifMatch: first.Headers.ETag!.Tag);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString().ShouldBe("UnderReview");
    }

    [Fact]
    public async Task Should_keep_a_case_on_its_version_when_the_admin_publishes_a_new_version()
    {
        var id = await fixture.SubmitOpeningAsync(BundleFixture.Applicant("http-version"), BundleFixture.OpeningAnswers(invoice: "no", staff: "no"));
        var bound = (await fixture.ViewAsync(id)).BundleVersionId;
        var admin = await TokenAsync("/api/v1/auth/token", new { account = "430600-admin", password = Password });

        var draft = await SendAsync(HttpMethod.Post, "/api/v1/admin/regions/430600/bundles/qykb/draft", admin);
        draft.StatusCode.ShouldBe(HttpStatusCode.OK, await draft.Content.ReadAsStringAsync());
        var published = await SendAsync(HttpMethod.Post, "/api/v1/admin/regions/430600/bundles/qykb/publish", admin,
            new { validFrom = fixture.Clock.Now.AddMinutes(1) });
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        var newVersion = await published.Content.ReadFromJsonAsync<JsonElement>();

        newVersion.GetProperty("number").GetInt32().ShouldBeGreaterThan(1);
        newVersion.GetProperty("id").GetGuid().ShouldNotBe(bound);
        (await fixture.ViewAsync(id)).BundleVersionId.ShouldBe(bound);
    }

    [Fact]
    public async Task Should_publish_every_park_package_of_linxiang_and_the_construction_caps_of_yueyang()
    {
        var parks = await fixture.Get<IBundleCatalogue>().SearchPublishedAsync("430682", null, 1, 100, CancellationToken.None);
        parks.Items.Select(b => b.Name).ShouldBe(
            ["企业入园大礼包", "企业开办大礼包", "企业注销极速办", "我要建厂房", "我要办不动产证", "我要领发票", "我要纳税", "我要申请惠企政策减免"], ignoreOrder: true);
        parks.Items.ShouldAllBe(b => b.Zone == "gxq-spfw");

        var caps = fixture.Get<IEnumerable<IChainCaps>>().SelectMany(c => c.For("430600")).ToDictionary(c => c.Category, c => c.WorkingDays);
        caps.ShouldBe(new Dictionary<string, int>
        {
            ["government-building"] = 70, ["government-municipal"] = 61, ["social-investment"] = 54, ["industrial"] = 49,
        }, ignoreOrder: true);
    }

    /// <summary>A clerk of the given 岳阳 window (zhck: the general window; bdc: the 不动产登记专区), created through the admin API.</summary>
    private async Task<string> WindowClerkAsync(string windowCode)
    {
        var unit = await fixture.Get<Platform.Identity.Contracts.IOrganisationDirectory>().FindUnitAsync("430600", windowCode, CancellationToken.None);
        var account = $"{windowCode}-{Guid.NewGuid():N}"[..16];
        var admin = await TokenAsync("/api/v1/auth/token", new { account = "430600-admin", password = Password });
        var created = await SendAsync(HttpMethod.Post, "/api/v1/identity/users", admin,
            new { account, displayName = "综合窗口受理员", password = Password, unitId = unit!.Id, roles = new[] { "WindowClerk" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await TokenAsync("/api/v1/auth/token", new { account, password = Password });
    }

    private async Task<string> TokenAsync(string path, object body)
    {
        var response = await fixture.Host.Http.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null, string? ifMatch = null,
        string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return fixture.Host.Http.SendAsync(request);
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
    }
}
