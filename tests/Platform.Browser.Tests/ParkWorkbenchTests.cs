using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class ParkWorkbenchTests
{
    [Fact]
    public async Task Should_show_the_handover_board_the_batches_and_the_empowerment_list_when_park_staff_open_the_workbench()
    {
        await using var session = await BrowserSession.OpenAsync();
        await StartTrainedAgreementAsync(session.Host.Http);

        await session.RunAsync(nameof(Should_show_the_handover_board_the_batches_and_the_empowerment_list_when_park_staff_open_the_workbench), async page =>
        {
            await page.GotoAsync("/signin");
            await page.GetByLabel("账号", new() { Exact = true }).FillAsync("430682-park");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@123456");
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.WaitForURLAsync("**/");
            await page.GetByRole(AriaRole.Link, new() { Name = "园区工作台" }).ClickAsync();
            await page.WaitForURLAsync("**/park/workbench");

            var row = page.Locator("[data-testid=handover-board] tbody tr").First;
            (await row.InnerTextAsync()).ShouldContain("临湘市发展和改革局");
            (await row.Locator("[data-testid=agreement-state]").InnerTextAsync()).ShouldBe("已培训、待签署");
            (await page.Locator("[data-testid=park-queue]").InnerTextAsync()).ShouldContain("没有待办的赋权办件");
            (await page.Locator("[data-testid=batch-table]").InnerTextAsync()).ShouldContain("2022-03-30");

            await page.GetByRole(AriaRole.Link, new() { Name = "赋权清单、负面清单、责任清单" }).ClickAsync();
            (await page.Locator("[data-testid=entry-list]").InnerTextAsync()).ShouldContain("固定资产投资项目节能审查");
        });
    }

    private static async Task StartTrainedAgreementAsync(HttpClient http)
    {
        var signIn = await http.PostAsJsonAsync("/api/v1/auth/token", new { account = "430682-park", password = "Demo@123456" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        var start = new HttpRequestMessage(HttpMethod.Post, "/api/v1/regions/430682/empowerment/agreements")
        {
            Content = JsonContent.Create(new { departmentCode = "fgj", batch = 1 }),
        };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        start.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var started = await http.SendAsync(start);
        started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var training = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/regions/430682/empowerment/agreements/{id}/steps/training")
        {
            Content = JsonContent.Create(new { }),
        };
        training.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        training.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var trained = await http.SendAsync(training);
        trained.StatusCode.ShouldBe(HttpStatusCode.OK, await trained.Content.ReadAsStringAsync());
    }
}
