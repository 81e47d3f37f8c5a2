namespace Platform.Browser.Tests.Shell;

/// <summary>
/// No page a person reads from their menu shows a unit code, region code, enum name, field path or account key where a
/// name exists. The case, queue and catalogue-admin pages are being reworked by other work on issue #21; their check is
/// its own test (<see cref="Should_show_names_not_codes_on_the_case_queue_and_catalogue_admin_pages_when_a_person_follows_their_menu"/>)
/// so what remains there is visible at a glance.
/// </summary>
[Collection(ShellCollection.Name)]
public sealed class NamesNotCodesTests(ShellFixture fixture)
{
    /// <summary>Pages other work on issue #21 owns: applicant and staff case pages, queues, the catalogue editor.</summary>
    private static readonly string[] ReworkedElsewhere = ["/cases/", "/my/cases", "/apply/", "/admin/regions/*/matters"];

    /// <summary>Pages whose subject is the codes themselves: the unit administration edits each unit's code beside its name.</summary>
    private static readonly string[] CodesAreTheSubject = ["/admin/units"];

    [Theory]
    [MemberData(nameof(DemoPerson.Names), MemberType = typeof(DemoPerson))]
    public async Task Should_show_names_not_codes_on_every_other_page_when_a_person_follows_their_menu(string person)
    {
        var found = await CodesOnAsync(DemoPerson.Named(person), reworkedElsewhere: false);

        found.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(DemoPerson.Names), MemberType = typeof(DemoPerson))]
    public async Task Should_show_names_not_codes_on_the_case_queue_and_catalogue_admin_pages_when_a_person_follows_their_menu(string person)
    {
        var found = await CodesOnAsync(DemoPerson.Named(person), reworkedElsewhere: true);

        found.ShouldBeEmpty();
    }

    private async Task<List<string>> CodesOnAsync(DemoPerson person, bool reworkedElsewhere)
    {
        var codes = await DemoCodes.LoadAsync(fixture.Session.Host);
        var visits = await fixture.CrawlAsync(person);
        return visits.Where(v => v.IsPage && !CodesAreTheSubject.Contains(v.FinalPath) && IsReworkedElsewhere(v.FinalPath) == reworkedElsewhere)
            .SelectMany(v => codes.FoundIn(v.Text).Distinct().Select(code => $"{v.FinalPath} ({person.Name}): {code}"))
            .ToList();
    }

    private static bool IsReworkedElsewhere(string path) => ReworkedElsewhere.Any(prefix => Matches(path, prefix));

    private static bool Matches(string path, string prefix)
    {
        var parts = prefix.Split('*');
        return parts.Length == 1
            ? path.StartsWith(prefix, StringComparison.Ordinal)
            : path.StartsWith(parts[0], StringComparison.Ordinal) && path.Contains(parts[1], StringComparison.Ordinal);
    }
}
