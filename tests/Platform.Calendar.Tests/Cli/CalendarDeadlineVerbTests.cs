using Platform.Calendar.Tests.Calendars;
using Platform.Kernel.Cli;

namespace Platform.Calendar.Tests.Cli;

public sealed class CalendarDeadlineVerbTests(CalendarHostFixture fixture) : IClassFixture<CalendarHostFixture>
{
    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var verb = fixture.Host.Get<IEnumerable<ICliVerb>>().Single(v => v.Words.SequenceEqual(["calendar", "deadline"]));
        var output = new StringWriter();
        var exitCode = await verb.RunAsync(arguments, output, CancellationToken.None);
        return (exitCode, output.ToString());
    }

    [Fact]
    public async Task Should_print_the_due_date_when_given_a_start_and_working_days()
    {
        (await RunAsync("--start", "2026-09-24", "--working-days", "3")).ShouldBe((0, "2026-09-30" + Environment.NewLine));
    }

    [Theory]
    [MemberData(nameof(Holidays2026.Edges), MemberType = typeof(Holidays2026))]
    public async Task Should_print_every_2026_holiday_edge_when_run_from_the_command_line(string start, int workingDays, string expected)
    {
        var (exitCode, output) = await RunAsync("--start", start, "--working-days", workingDays.ToString());

        exitCode.ShouldBe(0);
        output.Trim().ShouldBe(expected);
    }

    [Fact]
    public async Task Should_append_provisional_when_the_year_is_unpublished()
    {
        (await RunAsync("--start", "2027-03-01", "--working-days", "5")).Output.Trim().ShouldBe("2027-03-08 (provisional)");
    }

    [Fact]
    public async Task Should_count_calendar_days_for_a_region_when_asked()
    {
        (await RunAsync("--start", "2026-09-24", "--calendar-days", "7", "--region", "440784")).Output.Trim().ShouldBe("2026-10-08");
    }

    [Theory]
    [InlineData("--start", "2026-09-24")]
    [InlineData("--start", "yesterday", "--working-days", "3")]
    [InlineData("--start", "2026-09-24", "--working-days", "3", "--region", "999999")]
    [InlineData("--begin", "2026-09-24", "--working-days", "3")]
    [InlineData("--start")]
    public async Task Should_explain_in_chinese_and_english_and_exit_2_when_the_arguments_are_bad(params string[] arguments)
    {
        var (exitCode, output) = await RunAsync(arguments);

        exitCode.ShouldBe(2);
        output.ShouldContain("错误：");
        output.ShouldContain("Error: ");
    }
}
