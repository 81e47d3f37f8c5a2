using System.Collections.Concurrent;
using Autofac;
using Microsoft.Playwright;
using Platform.Identity.Contracts;

namespace Platform.Browser.Tests.Shell;

/// <summary>
/// One demo host and one browser for every shell test: each person gets a fresh browser context (their own cookies), and
/// each person's crawl of their menu is taken once and read by every test that asks.
/// </summary>
public sealed class ShellFixture : IAsyncLifetime
{
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };
    public static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<PageVisit>>> crawls = new();

    public BrowserSession Session { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Session = await BrowserSession.OpenAsync("demo",
            builder => builder.RegisterDecorator<FaultyDirectory, IOrganisationDirectory>(), Phone);
        await SubmitApplicantCaseAsync();
    }

    public async Task DisposeAsync() => await Session.DisposeAsync();

    /// <summary>A page in a context of its own, signed in as the person (anonymous: not signed in) and landed.</summary>
    public async Task<IPage> PageOfAsync(DemoPerson person, ViewportSize viewport)
    {
        var context = await Session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Session.Host.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = viewport,
        });
        var page = await context.NewPageAsync();
        if (person.Account is { } account) await BrowserSession.SignInAsync(page, account, person.Applicant);
        else await page.GotoAsync("/");
        return page;
    }

    public Task<IReadOnlyList<PageVisit>> CrawlAsync(DemoPerson person) =>
        crawls.GetOrAdd(person.Name, _ => MenuCrawl.RunAsync(this, person));

    /// <summary>The demo enterprise applies online, so its 我的办件 lists a case whose page (and breadcrumb) the crawl opens.</summary>
    private async Task SubmitApplicantCaseAsync()
    {
        var steps = new ApiSteps(Session.Host);
        var token = await steps.ApplicantTokenAsync("91440784MA0DEMO01X");
        await steps.ApplyOnlineAsync(token, "440784", "11440784MB0000011X000172001000", "M02");
    }
}

[CollectionDefinition(Name)]
public sealed class ShellCollection : ICollectionFixture<ShellFixture>
{
    public const string Name = "shell";
}
