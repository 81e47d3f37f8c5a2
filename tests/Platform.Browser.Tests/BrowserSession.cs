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

    public static Task<BrowserSession> OpenAsync(string deployment = "demo", ViewportSize? viewport = null) =>
        OpenAsync(deployment, null, viewport);

    /// <param name="overrides">Replaces the host's registrations, e.g. a <see cref="TestClock"/> as the clock.</param>
    public static async Task<BrowserSession> OpenAsync(string deployment, Action<Autofac.ContainerBuilder>? overrides, ViewportSize? viewport = null)
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium fonts-noto-cjk (.ci/run does this).");
        var host = await PlatformTestHost.StartAsync(deployment, overrides, "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000");
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

    /// <summary>Signs in on the /signin page, as staff by account or as an applicant by phone or credit code.</summary>
    public Task SignInAsync(string account, bool applicant = false) => SignInAsync(Page, account, applicant);

    /// <summary>Signs in on the /signin page of any page's context; returns once the person has landed on their own page.</summary>
    public static async Task SignInAsync(IPage page, string account, bool applicant = false)
    {
        await page.GotoAsync("/signin");
        if (applicant) await page.Locator("#kind").SelectOptionAsync("applicant");
        await page.GetByLabel("账号", new() { Exact = true }).FillAsync(account);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@123456");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/signin", StringComparison.Ordinal));
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
