using Microsoft.Playwright;

namespace Platform.Browser.Tests.Shell;

/// <summary>
/// A programme's pages are in the menu of the people who use them, and refused (403) to the others; a visitor's menu offers
/// the public home's three entries, not one region's programme pages.
/// </summary>
[Collection(ShellCollection.Name)]
public sealed class MenuRoleTests(ShellFixture fixture)
{
    private static readonly string[] HeshanStaffPages = ["/heshan/documents", "/heshan/admissions", "/heshan/key-projects/report"];

    [Fact]
    public async Task Should_leave_heshan_programme_pages_out_of_a_window_clerks_menu_and_refuse_them_when_the_clerk_types_their_address()
    {
        var menu = await MenuHrefsAsync(DemoPerson.Named("clerk"));
        menu.Where(href => href.StartsWith("/heshan/", StringComparison.Ordinal)).ShouldBeEmpty();

        var page = await fixture.PageOfAsync(DemoPerson.Named("clerk"), ShellFixture.Laptop);
        try
        {
            foreach (var path in HeshanStaffPages.Append("/heshan/calculator"))
                (await page.GotoAsync(path))!.Status.ShouldBe(403, path);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_offer_heshan_programme_pages_to_the_reviewer_the_leader_and_the_supervisor_when_they_sign_in()
    {
        (await MenuHrefsAsync(DemoPerson.Named("reviewer"))).ShouldContain("/heshan/documents");
        (await MenuHrefsAsync(DemoPerson.Named("leader"))).ShouldContain("/heshan/key-projects/report");
        (await MenuHrefsAsync(DemoPerson.Named("supervisor"))).ShouldContain("/heshan/key-projects/report");
        (await MenuHrefsAsync(DemoPerson.Named("enterprise"))).ShouldContain("/heshan/calculator");
    }

    [Fact]
    public async Task Should_offer_no_regions_programme_pages_in_a_visitors_menu_when_nobody_is_signed_in()
    {
        var menu = await MenuHrefsAsync(DemoPerson.Anonymous);

        menu.Where(href => href.StartsWith("/yandu/", StringComparison.Ordinal) || href.StartsWith("/heshan/", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_offer_no_yandu_staff_pages_to_a_heshan_applicant_when_they_sign_in()
    {
        var menu = await MenuHrefsAsync(DemoPerson.Named("citizen"));

        menu.Where(href => href.StartsWith("/yandu/", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private async Task<IReadOnlyList<string>> MenuHrefsAsync(DemoPerson person)
    {
        var page = await fixture.PageOfAsync(person, ShellFixture.Laptop);
        try
        {
            return await page.Locator("nav.side-menu a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') ?? '')");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
