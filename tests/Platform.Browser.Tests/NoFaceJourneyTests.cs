using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Cases.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Identity.Contracts;

namespace Platform.Browser.Tests;

public sealed class NoFaceJourneyTests
{
    private const string CompanyRegistration = "11320903MB0000021X000105001000";
    private const string PropertyTransfer = "11320903MB0000022X000117002000";
    private const string Enterprise = "91320903MA0DEMO01X";
    private const string Citizen = "13932090301";

    [Fact]
    public async Task Should_take_a_yandu_applicant_from_the_no_face_list_to_a_courier_delivered_result_without_a_window_visit()
    {
        await using var session = await BrowserSession.OpenAsync();
        var upload = Path.Combine(Path.GetTempPath(), $"公司章程-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(upload, "%PDF-1.7 公司章程");

        await session.RunAsync(nameof(Should_take_a_yandu_applicant_from_the_no_face_list_to_a_courier_delivered_result_without_a_window_visit), async page =>
        {
            await session.SignInAsync(Enterprise, applicant: true);
            await page.GotoAsync("/yandu/no-face");
            await page.Locator("[data-testid=no-face-list] a", new() { HasText = "公司设立登记" }).First.ClickAsync();
            await page.Locator("[data-testid=apply-online]").ClickAsync();
            await page.WaitForURLAsync($"**/apply/320903/{CompanyRegistration}");
            foreach (var row in await page.Locator("table.materials tbody tr").AllAsync())
            {
                if ((await row.InnerTextAsync()).Contains("按情形")) continue;
                await row.Locator("input[type=file]").SetInputFilesAsync(upload);
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await page.WaitForURLAsync("**/cases/*");
            (await page.Locator("[data-testid=case-state]").InnerTextAsync()).ShouldBe("已提交待受理");
            var caseId = Guid.Parse(page.Url.Split('/')[^1]);
            // A no-face application is accepted only once the applicant has e-signed it.
            await page.Locator("form[data-action=Sign] select").SelectOptionAsync("application");
            await page.Locator("form[data-action=Sign] button").ClickAsync();

            await DecideAndDispatchAsync(session, caseId);
            await ConfirmAsync(session, caseId);

            await page.GotoAsync("/my/cases");
            (await page.Locator("[data-testid=case-table]").InnerTextAsync()).ShouldContain("已送达");
            await page.GotoAsync($"/cases/{caseId}");
            (await page.Locator("figure.flow text.flow-title").AllTextContentsAsync()).ShouldContain("送达");
            var view = await session.Host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None);
            view!.Channel.ShouldBe("online");
        });
    }

    [Fact]
    public async Task Should_let_a_yandu_applicant_sign_pay_after_a_declined_card_and_confirm_courier_receipt_on_the_case_page()
    {
        await using var session = await BrowserSession.OpenAsync();
        var caseId = await SubmitPropertyTransferAsync(session);

        await session.RunAsync(nameof(Should_let_a_yandu_applicant_sign_pay_after_a_declined_card_and_confirm_courier_receipt_on_the_case_page), async page =>
        {
            await session.SignInAsync(Citizen, applicant: true);
            await page.GotoAsync($"/cases/{caseId}");
            await page.Locator("form[data-action=Sign] select").SelectOptionAsync("application");
            await page.Locator("form[data-action=Sign] button").ClickAsync();
            (await page.Locator("table", new() { HasText = "内容摘要" }).InnerTextAsync()).ShouldContain("申请书");

            // The local payment provider declines a payer token starting with "decline"; a real cashier would answer it.
            var unionPay = page.Locator("form[data-action=Pay]").GetByLabel("银联在线支付");
            await unionPay.EvaluateAsync("input => input.value = 'decline-card'");
            await unionPay.CheckAsync();
            await page.Locator("form[data-action=Pay] button").ClickAsync();
            (await page.Locator("[data-testid=payment]").InnerTextAsync()).ShouldContain("支付失败（可重新支付）");
            await page.Locator("form[data-action=Pay]").GetByLabel("银联在线支付").CheckAsync();
            await page.Locator("form[data-action=Pay] button").ClickAsync();
            (await page.Locator("[data-testid=payment]").InnerTextAsync()).ShouldContain("已支付");
            (await page.Locator("form[data-action=Pay]").CountAsync()).ShouldBe(0);

            await DecidePropertyTransferAndDispatchAsync(session, caseId);
            await page.GotoAsync($"/cases/{caseId}");
            await page.Locator("form[data-action=ConfirmDelivery] button").ClickAsync();
            (await page.Locator("[data-testid=case-state]").InnerTextAsync()).ShouldBe("已送达");
            (await page.Locator("[data-testid=courier-orders]").InnerTextAsync()).ShouldContain("已签收");
        });

        var view = (await session.Host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None))!;
        var records = await session.Host.Get<IPaymentProvider>().RecordsOfAsync(view.Payment!.Id, CancellationToken.None);
        records.Count(r => r.Outcome == "Paid").ShouldBe(1);
        view.Signatures.ShouldHaveSingleItem().Document.ShouldBe("application");
    }

    [Fact]
    public async Task Should_show_a_county_payment_form_with_item_amount_payer_and_collecting_unit_when_an_applicant_has_a_fee_to_pay()
    {
        await using var session = await BrowserSession.OpenAsync();
        var caseId = await SubmitPropertyTransferAsync(session);
        var view = (await session.Host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None))!;
        var unit = await session.Host.Get<IOrganisationDirectory>().FindUnitAsync("320903", view.HandlingUnitCode, CancellationToken.None);

        await session.RunAsync(nameof(Should_show_a_county_payment_form_with_item_amount_payer_and_collecting_unit_when_an_applicant_has_a_fee_to_pay), async page =>
        {
            await session.SignInAsync(Citizen, applicant: true);
            await page.GotoAsync($"/cases/{caseId}");
            var pay = page.Locator("form[data-action=Pay]");
            var bill = await pay.Locator("[data-testid=pay-bill]").InnerTextAsync();
            bill.ShouldContain("不动产登记费（住宅）");
            bill.ShouldContain("80.00");
            bill.ShouldContain(view.ApplicantName);
            bill.ShouldContain(unit!.Name);
            bill.ShouldContain(view.Number);
            bill.ShouldContain("发改价格规〔2016〕2559号");
            var text = await pay.InnerTextAsync();
            foreach (var developerWord in new[] { "模拟", "decline", "授权码", "本地" }) text.ShouldNotContain(developerWord);
            (await pay.Locator("input[type=text], input:not([type])").CountAsync()).ShouldBe(0);

            await pay.GetByLabel("微信支付").CheckAsync();
            await pay.GetByRole(AriaRole.Button, new() { Name = "确认支付 80.00 元" }).ClickAsync();
            (await page.Locator("[data-testid=payment]").InnerTextAsync()).ShouldContain("已支付");
        });
    }

    private static async Task<Guid> SubmitPropertyTransferAsync(BrowserSession session)
    {
        var citizen = await TokenAsync(session, "/api/v1/auth/applicant/token", new { identifier = Citizen, password = "Demo@123456" });
        var materials = new List<object>();
        foreach (var code in new[] { "M01", "M03", "M04", "M05" })
        {
            using var content = new MultipartFormDataContent();
            content.Add(new ByteArrayContent("%PDF-1.7 不动产"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", "材料.pdf");
            var upload = new HttpRequestMessage(HttpMethod.Post, "/api/v1/files") { Content = content };
            upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", citizen);
            var file = await (await session.Host.Http.SendAsync(upload)).Content.ReadFromJsonAsync<JsonElement>();
            materials.Add(new { materialCode = code, fileId = file.GetProperty("id").GetGuid() });
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
        {
            Content = JsonContent.Create(new { regionCode = "320903", matterCode = PropertyTransfer, form = new { 不动产坐落 = "盐都区世纪大道1号" }, materials }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", citizen);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var created = await session.Host.Http.SendAsync(request);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetGuid();
    }

    /// <summary>The back office for the property transfer: acceptance, each review step, approval, courier dispatch.</summary>
    private static async Task DecidePropertyTransferAndDispatchAsync(BrowserSession session, Guid caseId)
    {
        var workflow = session.Host.Get<ICaseWorkflow>();
        var view = (await session.Host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None))!;
        view = await workflow.AcceptAsync(caseId, view.Version, new CaseActor("t-clerk", "窗口受理员", "320903", "zhck"), CancellationToken.None);
        foreach (var step in view.ReviewSteps.Where(s => s.CompletedAt is null))
            view = await workflow.CompleteReviewStepAsync(caseId, view.Version, true, "同意", new CaseActor("t-unit", "审查员", "320903", step.UnitCode),
                CancellationToken.None);
        var unit = new CaseActor("t-unit", "审批员", "320903", view.HandlingUnitCode);
        view = await workflow.DecideAsync(caseId, view.Version, true, "准予转移登记", "《不动产登记暂行条例》", unit, CancellationToken.None);
        await workflow.DeliverAsync(caseId, view.Version, DeliveryMethod.Courier, "EMS3000000001", null, unit, CancellationToken.None);
    }

    /// <summary>The back office, without the applicant: acceptance over the API, review and decision by 市场监管局, courier dispatch.</summary>
    private static async Task DecideAndDispatchAsync(BrowserSession session, Guid caseId)
    {
        var clerk = await TokenAsync(session, "/api/v1/auth/token", new { account = "320903-clerk", password = "Demo@123456" });
        var accepted = await SendAsync(session, $"/api/v1/cases/{caseId}/accept", clerk, null, "\"1\"");
        accepted.EnsureSuccessStatusCode();
        var workflow = session.Host.Get<ICaseWorkflow>();
        var reviewer = new CaseActor("reviewer-scjg", "盐都区市场监管局审查员", "320903", "scjg");
        var reviewed = await workflow.CompleteReviewStepAsync(caseId, 2, true, "材料齐全，符合登记条件", reviewer, CancellationToken.None);
        var decided = await workflow.DecideAsync(caseId, reviewed.Version, true, "准予设立登记", "《中华人民共和国公司法》", reviewer, CancellationToken.None);
        var dispatched = await SendAsync(session, $"/api/v1/cases/{caseId}/deliver", clerk, new { method = 1, trackingNumber = "EMS1002003004" }, $"\"{decided.Version}\"");
        dispatched.EnsureSuccessStatusCode();
    }

    private static async Task ConfirmAsync(BrowserSession session, Guid caseId)
    {
        var applicant = await TokenAsync(session, "/api/v1/auth/applicant/token", new { identifier = Enterprise, password = "Demo@123456" });
        var current = await session.Host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None);
        var confirmed = await SendAsync(session, $"/api/v1/cases/{caseId}/delivery/confirm", applicant, new { receivedBy = "本人签收" }, $"\"{current!.Version}\"");
        confirmed.EnsureSuccessStatusCode();
    }

    private static async Task<string> TokenAsync(BrowserSession session, string path, object body)
    {
        var response = await session.Host.Http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static Task<HttpResponseMessage> SendAsync(BrowserSession session, string path, string token, object? body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return session.Host.Http.SendAsync(request);
    }
}
