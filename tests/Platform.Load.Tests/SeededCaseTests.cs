using Platform.Load.Scale;

namespace Platform.Load.Tests;

public sealed class SeededCaseTests
{
    private static readonly string[] Regions = ["210300", "440784"];
    private static readonly Dictionary<string, IReadOnlyList<string>> Units = new() { ["210300"] = ["fgw", "zjj"], ["440784"] = ["zrzy"] };
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_derive_the_same_case_when_the_index_is_the_same() =>
        SeededCase.Of(4242, Regions, Units, Now).ShouldBe(SeededCase.Of(4242, Regions, Units, Now));

    [Fact]
    public void Should_fall_due_between_a_week_ago_and_three_weeks_ahead_when_a_case_is_still_open()
    {
        var open = Enumerable.Range(0, 2000).Select(i => SeededCase.Of(i, Regions, Units, Now))
            .Where(c => c.State.Accepted && !c.State.Decided).ToList();

        open.ShouldNotBeEmpty();
        open.ShouldAllBe(c => c.DueAt >= Now.AddDays(-9) && c.DueAt <= Now.AddDays(21) && c.SubmittedAt <= Now);
    }

    [Fact]
    public void Should_leave_most_cases_delivered_and_a_few_open_when_the_year_is_seeded()
    {
        var states = Enumerable.Range(0, 1000).Select(CaseSeeder.StateOf).ToList();

        states.Count(s => s.Name == "Delivered").ShouldBe(620);
        states.Count(s => s.Accepted && !s.Decided).ShouldBe(180);
        states.ShouldAllBe(s => !s.Decided || s.Accepted);
    }
}
