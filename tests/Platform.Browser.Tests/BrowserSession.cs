using Microsoft.Playwright;
using Platform.Testing;

namespace Platform.Browser.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright against a real platform host. Never downloads a browser.
/// A failing step leaves a screenshot under TestResults/screenshots.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page, PlatformTestHost host)
    {
        Playwright = playwright;
        Browser = browser;
        Page = page;
        Host = host;
    }

    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }
    public IPage Page { get; }
    public PlatformTestHost Host { get; }

    public static async Task<BrowserSession> OpenAsync(string deployment = "demo", ViewportSize? viewport = null)
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium fonts-noto-cjk (.ci/run does this).");
        var host = await PlatformTestHost.StartAsync(deployment);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        return new BrowserSession(playwright, browser, await context.NewPageAsync(), host);
    }

    /// <summary>Runs a browser scenario; on failure saves a screenshot named after it, then rethrows.</summary>
    public async Task RunAsync(string scenario, Func<IPage, Task> steps)
    {
        try
        {
            await steps(Page);
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, scenario + ".png"), FullPage = true });
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Host.DisposeAsync();
    }
}
