using System.Net;
using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Testing;

namespace Platform.Plugins.Yandu.Tests.NoFace;

[Collection(nameof(YanduHost))]
public sealed class NoFaceJourneyTests(YanduHost yandu)
{
    [Fact]
    public async Task Should_register_a_company_online_to_courier_delivery_with_zero_visits_in_three_working_days_counting_toward_online_rate_and_3550()
    {
        yandu.Clock.Set(TestClock.At(2026, 9, 28, 9));
        var citizen = await yandu.CitizenTokenAsync();
        var clerk = await yandu.StaffTokenAsync("clerk");
        var (onlineBefore, companyBefore) = await IndicatorCountsAsync();

        var submitted = await yandu.SubmitAsync(citizen, YanduHost.CompanyRegistration, null, "M01", "M02", "M04");
        var id = submitted.GetProperty("id").GetGuid();
        var shared = Material(submitted, "M03");
        shared.GetProperty("status").GetString().ShouldBe("Shared");
        shared.GetProperty("sharedSource").GetString().ShouldBe("江苏省电子证照库");
        shared.GetProperty("licenceReference").GetString().ShouldBe("320903199001011234");

        var (signed, signature) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/signatures", citizen, new { document = "application" });
        signed.ShouldBe(HttpStatusCode.OK, signature.ToString());
        signature.GetProperty("contentSha256").GetString()!.Length.ShouldBe(64);

        var (accepted, afterAccept) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: 1);
        accepted.ShouldBe(HttpStatusCode.OK, afterAccept.ToString());
        // Three working days from Monday 28 September: 29 and 30 September, then 8 October after the 国庆 holiday.
        afterAccept.GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-10-08");

        yandu.Clock.Set(TestClock.At(2026, 9, 29, 15));
        var workflow = yandu.Get<ICaseWorkflow>();
        var reviewed = await workflow.CompleteReviewStepAsync(id, afterAccept.GetProperty("version").GetInt32(), true, "符合登记条件", YanduHost.MarketReviewer, default);
        var decided = await workflow.DecideAsync(id, reviewed.Version, true, "准予设立登记", "《市场主体登记管理条例》第十九条", YanduHost.MarketReviewer, default);

        var (dispatched, inDelivery) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/deliver", await yandu.StaffTokenAsync("clerk"),
            new { method = "Courier", trackingNumber = "EMS1000000001", note = "盐城市盐都区世纪大道1号" }, ifMatch: decided.Version);
        dispatched.ShouldBe(HttpStatusCode.OK, inDelivery.ToString());
        inDelivery.GetProperty("state").GetString().ShouldBe("InDelivery");

        yandu.Clock.Set(TestClock.At(2026, 9, 30, 11));
        var (confirmed, delivered) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/delivery/confirm", await yandu.CitizenTokenAsync(),
            new { receivedBy = "本人签收" }, ifMatch: inDelivery.GetProperty("version").GetInt32());
        confirmed.ShouldBe(HttpStatusCode.OK, delivered.ToString());

        delivered.GetProperty("state").GetString().ShouldBe("Delivered");
        delivered.GetProperty("channel").GetString().ShouldBe("online");
        delivered.GetProperty("deliveredAt").GetDateTimeOffset().ShouldBeLessThanOrEqualTo(TestClock.At(2026, 9, 30, 23));
        delivered.GetProperty("deadline").GetProperty("status").GetString().ShouldBe("Closed");
        Actions(delivered).ShouldBe(["Submit", "Accept", "CompleteReviewStep", "Decide", "Deliver", "ConfirmDelivery"]);
        delivered.GetProperty("courierOrders")[0].GetProperty("outcome").GetString().ShouldBe("Delivered");
        delivered.GetProperty("signatures").GetArrayLength().ShouldBe(1);
        var (onlineAfter, companyAfter) = await IndicatorCountsAsync();
        onlineAfter.ShouldBe((onlineBefore.Online + 1, onlineBefore.All + 1));
        companyAfter.ShouldBe((companyBefore.OnTime + 1, companyBefore.All + 1));
    }

    [Fact]
    public async Task Should_retry_a_failed_courier_delivery_and_then_switch_it_to_window_pick_up()
    {
        yandu.Clock.Set(TestClock.At(2026, 10, 12, 9));
        var citizen = await yandu.CitizenTokenAsync();
        var clerk = await yandu.StaffTokenAsync("clerk");
        var id = (await yandu.SubmitAsync(citizen, YanduHost.CompanyRegistration, null, "M01", "M02", "M04")).GetProperty("id").GetGuid();
        await yandu.SignApplicationAsync(citizen, id);
        var (_, accepted) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: 1);
        var workflow = yandu.Get<ICaseWorkflow>();
        var reviewed = await workflow.CompleteReviewStepAsync(id, accepted.GetProperty("version").GetInt32(), true, "符合", YanduHost.MarketReviewer, default);
        var decided = await workflow.DecideAsync(id, reviewed.Version, true, "准予", null, YanduHost.MarketReviewer, default);
        var (dispatched, first) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/deliver", clerk,
            new { method = 1 /* Courier: enum numbers still bind */, trackingNumber = "EMS2000000001" }, ifMatch: decided.Version);
        dispatched.ShouldBe(HttpStatusCode.OK, first.ToString());

        var (retried, second) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/delivery/failed", clerk,
            new { reason = "收件人电话无人接听", next = "retry", trackingNumber = "EMS2000000002" }, ifMatch: first.GetProperty("version").GetInt32());
        retried.ShouldBe(HttpStatusCode.OK, second.ToString());
        var (switched, pickup) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/delivery/failed", clerk,
            new { reason = "地址无法投递", next = "window" }, ifMatch: second.GetProperty("version").GetInt32());
        switched.ShouldBe(HttpStatusCode.OK, pickup.ToString());
        pickup.GetProperty("state").GetString().ShouldBe("InDelivery");
        pickup.GetProperty("delivery").GetProperty("status").GetString().ShouldBe("awaiting-pickup");
        var (_, done) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/delivery/confirm", clerk, new { receivedBy = "窗口领取" },
            ifMatch: pickup.GetProperty("version").GetInt32());

        done.GetProperty("state").GetString().ShouldBe("Delivered");
        done.GetProperty("courierOrders").EnumerateArray().Select(c => (c.GetProperty("trackingNumber").GetString(), c.GetProperty("outcome").GetString()))
            .ShouldBe([("EMS2000000001", "Failed"), ("EMS2000000002", "Failed")]);
        done.GetProperty("delivery").GetProperty("status").GetString().ShouldBe("picked-up");
    }

    [Fact]
    public async Task Should_refuse_to_accept_an_online_no_face_application_the_applicant_has_not_e_signed_and_change_nothing()
    {
        yandu.Clock.Set(TestClock.At(2026, 10, 19, 9));
        var citizen = await yandu.CitizenTokenAsync();
        var clerk = await yandu.StaffTokenAsync("clerk");
        var id = (await yandu.SubmitAsync(citizen, YanduHost.CompanyRegistration, null, "M01", "M02", "M04")).GetProperty("id").GetGuid();
        var (refused, problem) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: 1);

        refused.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.GetProperty("code").GetString().ShouldBe("case.acceptance.signature_required");
        var (_, unchanged) = await yandu.SendAsync(HttpMethod.Get, $"/api/v1/cases/{id}", clerk);
        unchanged.GetProperty("state").GetString().ShouldBe("Submitted");
        unchanged.GetProperty("version").GetInt32().ShouldBe(1);
        Actions(unchanged).ShouldBe(["Submit"]);

        await yandu.SignApplicationAsync(citizen, id);
        var (accepted, afterSigning) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: 1);
        accepted.ShouldBe(HttpStatusCode.OK, afterSigning.ToString());
        afterSigning.GetProperty("state").GetString().ShouldBe("UnderReview");
    }

    [Fact]
    public async Task Should_accept_an_unsigned_application_taken_in_at_the_window_where_the_applicant_signs_on_paper()
    {
        yandu.Clock.Set(TestClock.At(2026, 10, 19, 9));
        var clerk = await yandu.StaffTokenAsync("clerk");
        var id = (await yandu.SubmitAsync(clerk, YanduHost.CompanyRegistration,
            new { id = "320903199001019999", name = "窗口申请人", kind = "citizen" }, "M01", "M02", "M03", "M04")).GetProperty("id").GetGuid();

        var (accepted, view) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: 1);

        accepted.ShouldBe(HttpStatusCode.OK, view.ToString());
        view.GetProperty("channel").GetString().ShouldBe("window");
    }

    [Fact]
    public async Task Should_publish_every_zero_visit_matter_with_what_the_programme_says_an_entry_shows()
    {
        var (status, list) = await yandu.SendAsync(HttpMethod.Get, $"/api/v1/regions/{YanduHost.Region}/no-face-list", null);

        status.ShouldBe(HttpStatusCode.OK);
        var codes = list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("matterCode").GetString()).ToList();
        codes.ShouldContain(YanduHost.CompanyRegistration);
        codes.ShouldNotContain(YanduHost.PropertyTransfer);
        var (_, entry) = await yandu.SendAsync(HttpMethod.Get, $"/api/v1/regions/{YanduHost.Region}/no-face-list/{YanduHost.CompanyRegistration}", null);
        entry.GetProperty("departmentName").GetString().ShouldBe("盐都区市场监管局");
        entry.GetProperty("subItemCode").GetString().ShouldBe("11320903MB0000021X000105001000001");
        entry.GetProperty("conditions").GetArrayLength().ShouldBe(2);
        entry.GetProperty("materials")[0].GetProperty("template").GetString().ShouldBe("公司登记（备案）申请书.docx");
        entry.GetProperty("materials")[2].GetProperty("suppliedBySharing").GetBoolean().ShouldBeTrue();
        entry.GetProperty("process").EnumerateArray().First().GetString().ShouldBe("网上申请（外网受理）");
        entry.GetProperty("committedTimeLimit").GetString().ShouldBe("3个工作日");
        entry.GetProperty("fees")[0].GetProperty("waived").GetBoolean().ShouldBeTrue();
        entry.GetProperty("online").GetProperty("zeroVisit").GetBoolean().ShouldBeTrue();
    }

    /// <summary>盐都's online rate (online/all received) and its 3550 company indicator (on time/all decided) for 28–30 September.</summary>
    private async Task<((int Online, int All) Online, (int OnTime, int All) Company)> IndicatorCountsAsync()
    {
        var (status, indicators) = await yandu.SendAsync(HttpMethod.Get, $"/api/v1/supervision/indicators?region={YanduHost.Region}&from=2026-09-28&to=2026-09-30",
            await yandu.StaffTokenAsync("supervisor"));
        status.ShouldBe(HttpStatusCode.OK, indicators.ToString());
        return (Counts(indicators, "yandu-online"), Counts(indicators, "yandu-3550-company"));
    }

    /// <summary>The two numbers of an indicator's "a/b" (none yet: 0/0).</summary>
    private static (int, int) Counts(JsonElement indicators, string code)
    {
        var actual = indicators.EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("actual");
        if (actual.ValueKind == JsonValueKind.Null) return (0, 0);
        var match = System.Text.RegularExpressions.Regex.Match(actual.GetString()!, @"(\d+)/(\d+)");
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    private static JsonElement Material(JsonElement view, string code) =>
        view.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("code").GetString() == code);

    private static string[] Actions(JsonElement view) =>
        view.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("action").GetString()!).ToArray();
}
