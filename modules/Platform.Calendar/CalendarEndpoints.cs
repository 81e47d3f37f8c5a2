using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Calendar.Api;
using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;
using Platform.Calendar.Queries;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Calendar;

internal static class CalendarEndpoints
{
    /// <summary>The policy the identity module defines for a region's administrators.</summary>
    public const string RegionAdminPolicy = "region-admin";

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/calendar").WithTags("Calendar");
        api.MapGet("/deadline", GetDeadline).WithName("GetDeadline")
            .WithSummary("Due date of a time limit in working days, calendar days or hours").AllowAnonymous();
        api.MapGet("/years/{year:int}", GetYear).WithName("GetCalendarYear")
            .WithSummary("A year's days as month grids: working or not, and why").AllowAnonymous();

        var days = api.MapGroup("/regions/{region}/days").RequireAuthorization(RegionAdminPolicy);
        days.MapPost("/", AddRegionDay).WithName("AddRegionDay").WithSummary("Add a region's own rest day or work day");
        days.MapDelete("/{date}", RemoveRegionDay).WithName("RemoveRegionDay").WithSummary("Remove a region's own rest day or work day");
        return endpoints;
    }

    private static async Task<Ok<DeadlineResponse>> GetDeadline(string? start, string? workingDays, string? calendarDays, string? hours,
        string? region, IWorkingCalendarProvider calendars, CancellationToken cancellationToken)
    {
        var (query, broken) = DeadlineQuery.Parse(start, workingDays, calendarDays, hours, region);
        if (broken is not null) throw PlatformProblem.Invalid(broken.Code, broken.Field, broken.Chinese);
        var calendar = query!.RegionCode is null ? calendars.National : await calendars.ForRegionAsync(query.RegionCode, cancellationToken);
        var answer = query.AnswerOn(calendar);
        return TypedResults.Ok(new DeadlineResponse(answer.Due, answer.Provisional,
            query.Limit.Unit == TimeLimitUnit.Hours ? answer.DueInstant : null));
    }

    private static async Task<Ok<YearGrid>> GetYear(int year, string? region, CalendarIndexCache calendars, CancellationToken cancellationToken)
    {
        if (year < CalendarSpan.First.Year || year > CalendarSpan.Last.Year)
            throw PlatformProblem.Invalid("calendar.year.out_of_range", "year",
                $"年份必须在 {CalendarSpan.First.Year} 至 {CalendarSpan.Last.Year} 之间");
        if (string.IsNullOrWhiteSpace(region)) return TypedResults.Ok(YearGrid.Of(calendars.NationalIndex, year, null));
        calendars.EnsureServed(region);
        var calendar = await calendars.CalendarForAsync(region, cancellationToken);
        return TypedResults.Ok(YearGrid.Of(calendar.Index, year, region));
    }

    private static async Task<Created<RegionDayChanged>> AddRegionDay(string region, RegionDayRequest request, ClaimsPrincipal user,
        IRegionCalendarAdmin admin, IAccessPolicy access, CancellationToken cancellationToken)
    {
        await access.DemandAdministerRegionAsync(region, cancellationToken);
        var date = ParseDate(request.Date, "date");
        var kind = request.Kind switch
        {
            "rest" => RegionDayKind.Rest,
            "work" => RegionDayKind.Work,
            _ => throw PlatformProblem.Invalid("calendar.region_day.invalid_kind", "kind", "类型必须是 rest（休息日）或 work（工作日）"),
        };
        var recomputed = await admin.AddDayAsync(region, new RegionDay(date, kind, request.Name ?? ""), Actor(user), cancellationToken);
        return TypedResults.Created($"/api/v1/calendar/regions/{region}/days/{date:yyyy-MM-dd}", new RegionDayChanged(region, date, recomputed));
    }

    private static async Task<Ok<RegionDayChanged>> RemoveRegionDay(string region, string date, ClaimsPrincipal user,
        IAccessPolicy access, IRegionCalendarAdmin admin, CancellationToken cancellationToken)
    {
        await access.DemandAdministerRegionAsync(region, cancellationToken);
        var day = ParseDate(date, "date");
        var recomputed = await admin.RemoveDayAsync(region, day, Actor(user), cancellationToken);
        return TypedResults.Ok(new RegionDayChanged(region, day, recomputed));
    }

    private static DateOnly ParseDate(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw PlatformProblem.Invalid("calendar.region_day.invalid_date", field, "日期必须是形如 2026-10-09 的日期");

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
