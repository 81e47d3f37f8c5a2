using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Microsoft.Playwright;
using Platform.Testing;

namespace Platform.Browser.Tests;

public sealed class ProjectIntakeTests
{
    private const string Enterprise = "91210300MA0DEMO01X";

    [Fact]
    public async Task Should_file_stage_one_of_an_anshan_project_through_the_intake_page_and_show_its_parallel_matters()
    {
        var clock = new TestClock(TestClock.At(2026, 3, 2, 10));
        await using var session = await BrowserSession.OpenAsync("demo", b => b.RegisterInstance(clock).As<Platform.Kernel.Time.IClock>());
        var (projectId, code) = await RegisterAsync(session);
        var upload = Path.Combine(Path.GetTempPath(), $"申报材料-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(upload, "%PDF-1.7 鞍山项目申报材料");

        await session.RunAsync(nameof(Should_file_stage_one_of_an_anshan_project_through_the_intake_page_and_show_its_parallel_matters), async page =>
        {
            await session.SignInAsync(Enterprise, applicant: true);
            await page.GotoAsync("/projects");
            await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "申报本阶段" }).ClickAsync();
            await page.WaitForURLAsync($"**/projects/{projectId}/stages/1/intake");

            await page.GetByLabel("用地面积").FillAsync("52000");
            await page.GetByLabel("建设规模").FillAsync("智能装备生产厂房及配套用房");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申报" }).ClickAsync();
            (await page.Locator(".field-error").InnerTextAsync()).ShouldContain("项目总投资");
            (await page.GetByLabel("用地面积").InputValueAsync()).ShouldBe("52000");

            await page.GetByLabel("项目总投资").FillAsync("36000");
            foreach (var input in await page.Locator("input[type=file]").AllAsync()) await input.SetInputFilesAsync(upload);
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申报" }).ClickAsync();

            await page.WaitForURLAsync($"**/projects/{projectId}");
            var members = page.Locator("[data-testid=stage-1] tbody tr");
            (await members.CountAsync()).ShouldBe(3);
            foreach (var member in await members.AllAsync())
            {
                (await member.Locator("td a").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
                (await member.Locator("td").Nth(3).InnerTextAsync()).ShouldContain("受理后计时");
            }
        });
    }

    private static async Task<(Guid Id, string Code)> RegisterAsync(BrowserSession session)
    {
        var http = session.Host.Http;
        var token = await http.PostAsync("/api/v1/auth/applicant/token", JsonContent.Create(new { identifier = Enterprise, password = "Demo@123456" }));
        var access = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/projects")
        {
            Content = JsonContent.Create(new
            {
                regionCode = "210300", name = "鞍山钢城智能装备产业园一期", categoryCode = "industrial", projectClass = "industrial",
                location = "鞍山市铁西区达道湾工业园", zone = "达道湾工业园区",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        response.EnsureSuccessStatusCode();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("code").GetString()!);
    }
}
