namespace Platform.Browser.Tests.Shell;

/// <summary>A demo account as the README lists it (password Demo@123456), and the page it should land on after sign-in.</summary>
public sealed record DemoPerson(string Name, string? Account, bool Applicant, string Landing)
{
    public static readonly DemoPerson Anonymous = new("anonymous", null, false, "/");

    public static IReadOnlyList<DemoPerson> All { get; } =
    [
        Anonymous,
        new("citizen", "13944078401", true, "/my/cases"),
        new("enterprise", "91440784MA0DEMO01X", true, "/my/cases"),
        new("clerk", "440784-clerk", false, "/cases/queue"),
        new("reviewer", "440784-reviewer", false, "/cases/queue"),
        new("leader", "440784-leader", false, "/cases/queue"),
        new("park", "430682-park", false, "/park/workbench"),
        new("park-without-programme", "440784-park", false, "/cases/queue"),
        new("supervisor", "440784-supervisor", false, "/supervision"),
        new("region-admin", "440784-admin", false, "/admin/regions/440784/matters"),
        new("yandu-admin", "320903-admin", false, "/admin/regions/320903/matters"),
        new("platform-admin", "platform-admin", false, "/admin/overview"),
        new("yandu-clerk", "320903-clerk", false, "/cases/queue"),
        new("yandu-citizen", "13932090301", true, "/my/cases"),
        new("anshan-reviewer", "210300-reviewer", false, "/cases/queue"),
        new("yueyang-supervisor", "430600-supervisor", false, "/supervision"),
        new("linxiang-leader", "430682-leader", false, "/cases/queue"),
        new("linxiang-admin", "430682-admin", false, "/admin/regions/430682/matters"),
    ];

    public static DemoPerson Named(string name) => All.Single(p => p.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var person in All) data.Add(person.Name);
        return data;
    }

    public override string ToString() => Name;
}
