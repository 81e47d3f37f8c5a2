using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Microsoft.Playwright;
using Platform.Testing;

namespace Platform.Browser.Tests;

public sealed class HeshanDocumentTests
{
    [Fact]
    public async Task Should_show_who_holds_a_document_and_its_late_department_on_the_flow_chart_when_departments_answer()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 24, 9));
        await using var session = await BrowserSession.OpenAsync("demo", b => b.RegisterInstance(clock).As<Platform.Kernel.Time.IClock>());
        var http = session.Host.Http;
        foreach (var unit in new[] { "fgj", "zrzy", "zjj" }) await CreateStaffAsync(http, unit);
        var filer = await TokenAsync(http, "hs-browser-fgj");
        var filed = await SendAsync(http, HttpMethod.Post, "/api/v1/heshan/documents", filer, new
        {
            title = "关于宏达智能制造项目用地的请示",
            body = "请各部门于时限内出具意见。",
            departments = new[] { new { unitCode = "zrzy", workingDays = 3 }, new { unitCode = "zjj", workingDays = 1 } },
            signOff = new { unitCode = "gov", workingDays = 2 },
            handDown = new { unitCode = "zrzy", workingDays = 3 },
        }, idempotencyKey: "browser-doc-1");
        var id = filed.GetProperty("id").GetGuid();
        clock.Set(TestClock.At(2026, 9, 29, 10));

        await session.RunAsync(nameof(Should_show_who_holds_a_document_and_its_late_department_on_the_flow_chart_when_departments_answer), async page =>
        {
            await session.SignInAsync("hs-browser-zrzy");
            await page.GotoAsync($"/heshan/documents/{id}");
            (await page.Locator("[data-testid=document-holders]").InnerTextAsync()).ShouldBe("鹤山市自然资源局、鹤山市住房城乡建设局");
            (await page.Locator("tr[data-unit=zjj] .deadline-overdue").InnerTextAsync()).ShouldContain("逾期");
            (await page.Locator("tr[data-unit=zrzy] .deadline-yellow").InnerTextAsync()).ShouldContain("预警");
            var chart = await page.Locator("[data-testid=route-chart] g[data-unit=zjj] text").AllTextContentsAsync();
            chart.ShouldContain("逾期 1个工作日");
            chart.ShouldContain("期限 2026-09-28");

            await page.GetByLabel("意见", new() { Exact = true }).FillAsync("符合国土空间规划。");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交（加盖电子印章）" }).ClickAsync();
            await page.Locator("[data-testid=document-holders]").Filter(new() { HasText = "鹤山市住房城乡建设局" }).WaitForAsync();
            (await page.Locator("[data-testid=document-holders]").InnerTextAsync()).ShouldBe("鹤山市住房城乡建设局");
            (await page.Locator("[data-testid=route-chart] g[data-unit=zrzy][data-state=done] text").AllTextContentsAsync())
                .ShouldContain(t => t.StartsWith("同意 2026-09-29"));

            var document = await SendAsync(http, HttpMethod.Get, $"/api/v1/heshan/documents/{id}", await TokenAsync(http, "hs-browser-zjj"));
            await SendAsync(http, HttpMethod.Post, $"/api/v1/heshan/documents/{id}/opinions/zjj", await TokenAsync(http, "hs-browser-zjj"),
                new { agrees = true, opinion = "同意。" }, ifMatch: $"\"{document.GetProperty("version").GetInt32()}\"");
            await page.ReloadAsync();
            (await page.Locator("[data-testid=document-holders]").InnerTextAsync()).ShouldBe("鹤山市人民政府");
            (await page.Locator("[data-testid=route-chart] g[data-unit=zjj] text").AllTextContentsAsync()).ShouldContain(t => t.StartsWith("同意（超时）"));
            var signOff = await page.Locator("[data-testid=route-chart] g[data-unit=gov][data-state=holding] text").AllTextContentsAsync();
            signOff.ShouldBe(["领导签批：鹤山市人民政府", "预警 剩余2个工作日", "期限 2026-10-08"]);
            (await page.Locator("tr[data-unit=gov] .deadline-yellow").InnerTextAsync()).ShouldContain("预警");
        });
    }

    private static async Task CreateStaffAsync(HttpClient http, string unitCode)
    {
        var admin = await TokenAsync(http, "440784-admin");
        var units = await SendAsync(http, HttpMethod.Get, "/api/v1/identity/units?region=440784&pageSize=100", admin);
        var unitId = units.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("code").GetString() == unitCode).GetProperty("id").GetGuid();
        var request = Request(HttpMethod.Post, "/api/v1/identity/users", admin,
            new { account = $"hs-browser-{unitCode}", displayName = $"{unitCode}审查员", password = "Demo@123456", unitId, roles = new[] { "DepartmentReviewer" } });
        var created = await http.SendAsync(request);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    private static async Task<string> TokenAsync(HttpClient http, string account)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { account, password = "Demo@123456" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, string token, object? body = null,
        string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = Request(method, path, token, body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await http.SendAsync(request);
        ((int)response.StatusCode).ShouldBeLessThan(300, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
