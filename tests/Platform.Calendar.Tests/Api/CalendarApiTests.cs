using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Calendar.Tests.Calendars;

namespace Platform.Calendar.Tests.Api;

public sealed class CalendarApiTests(CalendarHostFixture fixture) : IClassFixture<CalendarHostFixture>
{
    private HttpClient Http => fixture.Host.Http;

    [Fact]
    public async Task Should_answer_the_due_date_as_json_when_asked_for_working_days()
    {
        var body = await Http.GetStringAsync("/api/v1/calendar/deadline?start=2026-09-24&workingDays=3");

        body.ShouldBe("""{"due":"2026-09-30","provisional":false}""");
    }

    [Theory]
    [MemberData(nameof(Holidays2026.Edges), MemberType = typeof(Holidays2026))]
    public async Task Should_answer_every_2026_holiday_edge_when_asked_over_http(string start, int workingDays, string expected)
    {
        var answer = await Http.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/deadline?start={start}&workingDays={workingDays}");

        answer.GetProperty("due").GetString().ShouldBe(expected);
    }

    [Fact]
    public async Task Should_mark_the_answer_provisional_when_the_year_is_unpublished()
    {
        var body = await Http.GetStringAsync("/api/v1/calendar/deadline?start=2027-03-01&workingDays=5");

        body.ShouldBe("""{"due":"2027-03-08","provisional":true}""");
    }

    [Fact]
    public async Task Should_answer_calendar_days_and_hours_when_asked_for_them()
    {
        var days = await Http.GetFromJsonAsync<JsonElement>("/api/v1/calendar/deadline?start=2026-09-24&calendarDays=7");
        var hours = await Http.GetFromJsonAsync<JsonElement>(
            "/api/v1/calendar/deadline?start=2026-09-30T10:00:00%2B08:00&hours=24");

        days.GetProperty("due").GetString().ShouldBe("2026-10-08");
        hours.GetProperty("due").GetString().ShouldBe("2026-10-01");
        hours.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2026-10-01T10:00:00+08:00"));
    }

    [Theory]
    [InlineData("start=2026-02-30&workingDays=3", "calendar.deadline.invalid_start", "start")]
    [InlineData("workingDays=3", "calendar.deadline.invalid_start", "start")]
    [InlineData("start=2026-09-24", "calendar.deadline.missing_limit", "workingDays")]
    [InlineData("start=2026-09-24&workingDays=3&calendarDays=3", "calendar.deadline.ambiguous_limit", "workingDays")]
    [InlineData("start=2026-09-24&workingDays=-1", "calendar.deadline.invalid_limit", "workingDays")]
    [InlineData("start=2026-09-24&hours=abc", "calendar.deadline.invalid_limit", "hours")]
    [InlineData("start=1999-01-04&workingDays=3", "calendar.deadline.start_out_of_range", "start")]
    [InlineData("start=2026-09-24&workingDays=3&region=999999", "calendar.region.unknown", "region")]
    public async Task Should_refuse_with_a_problem_naming_the_field_when_the_question_is_malformed(string query, string code, string field)
    {
        var response = await Http.GetAsync($"/api/v1/calendar/deadline?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_apply_the_national_calendar_when_the_region_has_no_days_of_its_own()
    {
        var body = await Http.GetStringAsync("/api/v1/calendar/deadline?start=2026-09-30&workingDays=5&region=440784");

        body.ShouldBe("""{"due":"2026-10-13","provisional":false}""");
    }

    [Fact]
    public async Task Should_describe_every_day_of_the_year_when_asked_for_the_month_grid()
    {
        var grid = await Http.GetFromJsonAsync<JsonElement>("/api/v1/calendar/years/2026");

        grid.GetProperty("published").GetBoolean().ShouldBeTrue();
        var months = grid.GetProperty("months");
        months.GetArrayLength().ShouldBe(12);
        months.EnumerateArray().Sum(m => m.GetProperty("days").GetArrayLength()).ShouldBe(365);
        var october10 = months[9].GetProperty("days")[9];
        october10.GetProperty("date").GetString().ShouldBe("2026-10-10");
        october10.GetProperty("working").GetBoolean().ShouldBeTrue();
        october10.GetProperty("kind").GetString().ShouldBe("adjusted-workday");
        october10.GetProperty("name").GetString().ShouldBe("国庆节调休");
        months[9].GetProperty("days")[0].GetProperty("kind").GetString().ShouldBe("holiday");
    }

    [Fact]
    public async Task Should_report_an_unpublished_year_when_no_notice_is_listed()
    {
        var grid = await Http.GetFromJsonAsync<JsonElement>("/api/v1/calendar/years/2027");

        grid.GetProperty("published").GetBoolean().ShouldBeFalse();
    }
}
