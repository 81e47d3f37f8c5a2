using System.Text.RegularExpressions;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Identity.Contracts;
using Platform.Testing;

namespace Platform.Browser.Tests.Shell;

/// <summary>
/// What a person must never read where a name exists: the demo's unit codes and region codes, enum names (case states,
/// deadline and warning states, roles, unit kinds, matter types), field paths (<c>committedTimeLimit.amount</c>) and
/// account keys (<c>applicant:local:…</c>). A code counts only as a word of its own: a case number (440784-2026-000001)
/// or a credit code (91440784MA0DEMO01X) that contains a region code is not one. A matter's code may stand beside its name
/// (small print under a guide's title), never instead of it: it counts only on a page that does not show the matter's name.
/// </summary>
public sealed partial class DemoCodes
{
    private readonly IReadOnlyDictionary<string, string> codes;
    private readonly IReadOnlyDictionary<string, string> matterNames;

    private DemoCodes(IReadOnlyDictionary<string, string> codes, IReadOnlyDictionary<string, string> matterNames) =>
        (this.codes, this.matterNames) = (codes, matterNames);

    public static async Task<DemoCodes> LoadAsync(PlatformTestHost host)
    {
        var directory = host.Get<IOrganisationDirectory>();
        var catalogue = host.Get<ICatalogue>();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var matterNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in await directory.RegionsAsync(CancellationToken.None))
        {
            codes[region.Code] = $"region code of {region.Name}";
            for (var page = 1; ; page++)
            {
                var matters = await catalogue.SearchPublishedAsync(region.Code, new MatterQuery(Page: page, PageSize: MatterQuery.MaxPageSize), CancellationToken.None);
                foreach (var matter in matters.Items) matterNames.TryAdd(matter.Code, matter.Name);
                if (page * MatterQuery.MaxPageSize >= matters.Total) break;
            }

            foreach (var unit in await directory.UnitsAsync(region.Code, CancellationToken.None))
                codes.TryAdd(unit.Code, $"unit code of {unit.Name}");
        }

        foreach (var type in new[] { typeof(CaseState), typeof(DeadlineStatus), typeof(WarningLevel), typeof(Role), typeof(UnitKind), typeof(MatterType) })
            foreach (var name in Enum.GetNames(type))
                codes.TryAdd(name, $"{type.Name}.{name}");
        return new DemoCodes(codes, matterNames);
    }

    /// <summary>Each code found in a page's visible text, with what it names.</summary>
    public IEnumerable<string> FoundIn(string text)
    {
        foreach (Match word in Word().Matches(text))
        {
            if (codes.TryGetValue(word.Value, out var meaning)) yield return $"\"{word.Value}\" ({meaning})";
            else if (matterNames.TryGetValue(word.Value, out var matter) && !text.Contains(matter, StringComparison.Ordinal))
                yield return $"\"{word.Value}\" (matter code of {matter}, its name not on the page)";
            else if (FieldPath().IsMatch(word.Value)) yield return $"\"{word.Value}\" (a field path)";
            else if (AccountKey().IsMatch(word.Value)) yield return $"\"{word.Value}\" (an account key)";
        }
    }

    /// <summary>A run of ASCII letters, digits and the joiners codes use; Chinese text separates words.</summary>
    [GeneratedRegex("[A-Za-z0-9][A-Za-z0-9_.:-]*[A-Za-z0-9]|[A-Za-z0-9]")]
    private static partial Regex Word();

    [GeneratedRegex("^[a-z]+[A-Z][A-Za-z]*(\\.[a-z][A-Za-z]*)+$|^[a-z][A-Za-z]*(\\.[a-z]+[A-Z][A-Za-z]*)+$")]
    private static partial Regex FieldPath();

    [GeneratedRegex("^(applicant|staff|seed|user):")]
    private static partial Regex AccountKey();
}
