using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>Under <c>script-src 'self'</c> the pages' scripts still run: ECharts draws, print buttons print, nothing is blocked.</summary>
public sealed class ContentSecurityPolicyTests
{
    [Fact]
    public async Task Should_draw_the_charts_and_block_nothing_when_a_supervisor_opens_the_dashboard()
    {
        await using var session = await BrowserSession.OpenAsync();
        var violations = new List<string>();
        session.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };

        await session.RunAsync(nameof(Should_draw_the_charts_and_block_nothing_when_a_supervisor_opens_the_dashboard), async page =>
        {
            await session.SignInAsync("440784-supervisor");
            await page.GotoAsync("/supervision");

            await page.Locator("[data-chart] canvas").First.WaitForAsync(new() { Timeout = 30_000 });
            await page.GotoAsync("/supervision/report");
            await page.EvaluateAsync("() => { window.printed = 0; window.print = () => window.printed++; }");
            await page.GetByRole(AriaRole.Button, new() { Name = "打印" }).ClickAsync();

            (await page.EvaluateAsync<int>("() => window.printed")).ShouldBe(1);
            violations.ShouldBeEmpty();
        });
    }
}
