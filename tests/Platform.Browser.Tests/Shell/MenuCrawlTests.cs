namespace Platform.Browser.Tests.Shell;

/// <summary>Every link a person's menu offers answers a page they may read, and at 375 px no page is wider than the phone.</summary>
[Collection(ShellCollection.Name)]
public sealed class MenuCrawlTests(ShellFixture fixture)
{
    [Theory]
    [MemberData(nameof(DemoPerson.Names), MemberType = typeof(DemoPerson))]
    public async Task Should_answer_a_page_for_every_menu_link_when_a_person_follows_their_menu(string person)
    {
        var visits = await fixture.CrawlAsync(DemoPerson.Named(person));

        visits.Count(v => v.Via == "menu").ShouldBeGreaterThan(1);
        visits.Where(v => !v.IsPage).Select(v => v.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(DemoPerson.Names), MemberType = typeof(DemoPerson))]
    public async Task Should_fit_every_page_in_the_screen_when_a_person_follows_their_menu_on_a_375_px_phone(string person)
    {
        var visits = await fixture.CrawlAsync(DemoPerson.Named(person));

        visits.Where(v => v.IsHtml && v.ScrollWidth > v.ViewportWidth)
            .Select(v => $"{v} is {v.ScrollWidth} px wide in a {v.ViewportWidth} px screen").ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_offer_no_raw_openapi_link_in_any_menu_when_any_person_signs_in()
    {
        foreach (var person in DemoPerson.All)
        {
            var visits = await fixture.CrawlAsync(person);
            visits.Where(v => v.Via == "menu" && (v.Href.StartsWith("/openapi") || v.Href.StartsWith("/api"))).ShouldBeEmpty();
        }
    }
}
