using System.Net;
using System.Text.Json;
using Platform.Cases.Tests.Api;
using Platform.Testing;

namespace Platform.Cases.Tests.Delivery;

/// <summary>The applicant chooses how the result reaches them at submission, may change it until dispatch, and staff dispatch by it.</summary>
public sealed class DeliveryChoiceTests
{
    private const string Enterprise = "91440784MA0DEMO01X";

    private static object Application(Guid coreFile, object? delivery, string matterCode = "HS-GHXK-001", string material = "M01") => new
    {
        regionCode = "440784",
        matterCode,
        form = new { 项目名称 = "宏达厂房" },
        materials = new[] { new { materialCode = material, fileId = coreFile } },
        delivery,
    };

    [Fact]
    public async Task Should_dispatch_to_the_address_the_applicant_changed_to_before_dispatch_and_refuse_another_method()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var applicant = await api.ApplicantTokenAsync(Enterprise);
        var created = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", applicant,
            Application(await api.UploadAsync(applicant),
                new { method = "Courier", address = "鹤山市沙坪街道中山路1号", recipient = "王宏", phone = "13800000001" }),
            idempotencyKey: Guid.NewGuid().ToString()));
        var id = created.GetProperty("case").GetProperty("id").GetGuid();
        created.GetProperty("case").GetProperty("deliveryChoice").GetProperty("method").GetString().ShouldBe("Courier");

        var changed = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/delivery-choice", applicant,
            new { method = "Courier", address = "鹤山市共和镇工业大道88号", recipient = "李丽", phone = "13900000002" }, ifMatch: "\"1\"");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var decided = await DecideAsync(api, id, 2);

        var clerk = await api.StaffTokenAsync("440784-clerk");
        var window = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/deliver", clerk, new { method = "Window" }, ifMatch: Tag(decided));
        window.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CaseApi.CodeAsync(window)).ShouldBe("case.delivery.not_chosen");
        var dispatched = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/deliver", clerk, new { trackingNumber = "SF2026092401" },
            ifMatch: Tag(decided));

        dispatched.StatusCode.ShouldBe(HttpStatusCode.OK, await dispatched.Content.ReadAsStringAsync());
        var view = await CaseApi.JsonAsync(dispatched);
        view.GetProperty("state").GetString().ShouldBe("InDelivery");
        view.GetProperty("courierOrders")[0].GetProperty("address").GetString()!.ShouldContain("鹤山市共和镇工业大道88号");
        view.GetProperty("courierOrders")[0].GetProperty("address").GetString()!.ShouldContain("李丽");
        var late = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/delivery-choice", applicant, new { method = "Window" },
            ifMatch: Tag(view));
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CaseApi.CodeAsync(late)).ShouldBe("case.transition.not_allowed");
    }

    [Fact]
    public async Task Should_deliver_by_online_push_without_staff_naming_a_method_when_the_applicant_chose_it()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var applicant = await api.ApplicantTokenAsync(Enterprise);
        var created = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", applicant,
            Application(await api.UploadAsync(applicant), new { method = "OnlinePush" }), idempotencyKey: Guid.NewGuid().ToString()));
        var id = created.GetProperty("case").GetProperty("id").GetGuid();
        var decided = await DecideAsync(api, id, 1);

        var delivered = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/deliver", await api.StaffTokenAsync("440784-clerk"), new { },
            ifMatch: Tag(decided));

        delivered.StatusCode.ShouldBe(HttpStatusCode.OK, await delivered.Content.ReadAsStringAsync());
        var view = await CaseApi.JsonAsync(delivered);
        view.GetProperty("state").GetString().ShouldBe("Delivered");
        view.GetProperty("delivery").GetProperty("method").GetString().ShouldBe("OnlinePush");
    }

    [Theory]
    [InlineData("Courier", null, "delivery.address", 400, "request.field_invalid")]
    [InlineData("Pigeon", null, "delivery.method", 400, "request.field_invalid")]
    [InlineData("Agent", "鹤山市沙坪街道中山路1号", "delivery.method", 400, "case.delivery.method_not_offered")]
    public async Task Should_refuse_a_delivery_choice_without_an_address_or_of_a_method_not_offered_and_write_nothing(string method, string? address,
        string field, int status, string code)
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var applicant = await api.ApplicantTokenAsync(Enterprise);

        var refused = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", applicant,
            Application(await api.UploadAsync(applicant), new { method, address, recipient = "王宏", phone = "13800000001" }),
            idempotencyKey: Guid.NewGuid().ToString());

        ((int)refused.StatusCode).ShouldBe(status);
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await CaseApi.JsonAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.GetRawText());
        (await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/mine", applicant))).GetProperty("total").GetInt64().ShouldBe(0);
    }

    /// <summary>Accepts (tolerantly), reviews and approves the case; answers the decided view.</summary>
    private static async Task<JsonElement> DecideAsync(CaseApi api, Guid id, int version)
    {
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var accepted = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk, new { commitmentLetterSigned = true },
            ifMatch: $"\"{version}\"");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var reviewer = await api.ReviewerTokenAsync("zrzy");
        var reviewed = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/review", reviewer,
            new { agrees = true, opinion = "符合规划条件" }, ifMatch: Tag(await CaseApi.JsonAsync(accepted))));
        var decided = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/decide", reviewer,
            new { approve = true, reasons = "材料齐全，符合法定条件" }, ifMatch: Tag(reviewed));
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        return await CaseApi.JsonAsync(decided);
    }

    private static string Tag(JsonElement view) => $"\"{view.GetProperty("version").GetInt32()}\"";
}
