using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Supervision.Contracts;
using Platform.Supervision.Export;
using Platform.Supervision.Indicators;
using Platform.Supervision.Notifications;
using Platform.Supervision.Statistics;
using Platform.Supervision.Watch;

namespace Platform.Supervision.Api;

/// <summary>Supervision's read API under <c>/api/v1/supervision</c>: warnings, inboxes, statistics, indicators and exports. Writes are in <see cref="WorkEndpoints"/>.</summary>
internal static class SupervisionEndpoints
{
    public static void MapSupervisionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/supervision").WithTags("Supervision");
        api.MapGet("/warnings", WarningsAsync).WithName("SupervisionWarnings").WithSummary("The region's raised warnings, newest first")
            .RequireAuthorization(IdentityPolicies.Supervisor);
        api.MapGet("/inbox", InboxAsync).WithName("SupervisionInbox")
            .WithSummary("The caller's inbox: their unit's messages, or the region supervisors' for supervisors").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/inbox/{id:guid}/read", ReadAsync).WithName("SupervisionInboxRead").WithSummary("Mark an inbox message read")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapGet("/statistics", StatisticsAsync).WithName("SupervisionStatistics")
            .WithSummary("Counts over a period grouped by region, unit, matter or day").RequireAuthorization(IdentityPolicies.Supervisor);
        api.MapGet("/indicators", IndicatorsAsync).WithName("SupervisionIndicators")
            .WithSummary("The region's programme indicators: target, actual, breaking cases").RequireAuthorization(IdentityPolicies.Supervisor);
        api.MapGet("/statistics/export", ExportAsync).WithName("SupervisionStatisticsExport")
            .WithSummary("Statistics as CSV (format=csv) or xlsx (format=xlsx)").RequireAuthorization(IdentityPolicies.Supervisor);
        api.MapWorkApi();
        endpoints.MapMyNoticeApi();
    }

    private static async Task<Ok<Paged<WarningItem>>> WarningsAsync(string? region, string? level, int? page, int? size, SupervisionAccess access,
        WarningQueries warnings, CancellationToken cancellationToken)
    {
        if (level is not (null or "yellow" or "red" or "overdue"))
            throw PlatformProblem.Invalid("supervision.warning.level_invalid", "level", "预警级别只能是 yellow、red 或 overdue。");
        var scope = await access.SupervisedRegionAsync(region, cancellationToken);
        var (p, s) = Paged<WarningItem>.Clamp(page, size);
        return TypedResults.Ok(await warnings.ListAsync(scope, level, p, s, cancellationToken));
    }

    private static async Task<Ok<Paged<InboxItem>>> InboxAsync(bool? unread, int? page, int? size, SupervisionAccess access, Inbox inbox,
        CancellationToken cancellationToken)
    {
        var (region, unit) = await InboxOwnerAsync(access, cancellationToken);
        var (p, s) = Paged<InboxItem>.Clamp(page, size);
        return TypedResults.Ok(await inbox.ListAsync(region, unit, unread ?? false, p, s, cancellationToken));
    }

    private static async Task<NoContent> ReadAsync(Guid id, SupervisionAccess access, Inbox inbox, CancellationToken cancellationToken)
    {
        var (region, unit) = await InboxOwnerAsync(access, cancellationToken);
        await inbox.MarkReadAsync(id, region, unit, access.UserId, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Supervisors read the region's own messages (unit null); staff their unit's.</summary>
    public static async Task<(string Region, string? Unit)> InboxOwnerAsync(SupervisionAccess access, CancellationToken cancellationToken) =>
        access.IsSupervisor ? (await access.SupervisedRegionAsync(null, cancellationToken), null) : await access.OwnUnitAsync(cancellationToken);

    private static async Task<Ok<IReadOnlyList<StatisticsRow>>> StatisticsAsync(string? region, DateOnly? from, DateOnly? to, string? groupBy,
        SupervisionAccess access, StatisticsQueries statistics, IClock clock, CancellationToken cancellationToken)
    {
        var scope = await access.SupervisedRegionAsync(region, cancellationToken);
        var (start, end) = Period(from, to, clock);
        return TypedResults.Ok(await statistics.SumAsync(scope, start, end, groupBy ?? "unit", cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<IndicatorView>>> IndicatorsAsync(string? region, DateOnly? from, DateOnly? to,
        SupervisionAccess access, ProgrammeIndicators indicators, IClock clock, CancellationToken cancellationToken)
    {
        var scope = await access.SupervisedRegionAsync(region, cancellationToken);
        var (start, end) = Period(from, to, clock);
        return TypedResults.Ok(await indicators.ForRegionAsync(scope, start, end, cancellationToken));
    }

    private static async Task<IResult> ExportAsync(string? region, DateOnly? from, DateOnly? to, string? groupBy, string? format,
        SupervisionAccess access, StatisticsQueries statistics, IClock clock, CancellationToken cancellationToken)
    {
        var scope = await access.SupervisedRegionAsync(region, cancellationToken);
        var (start, end) = Period(from, to, clock);
        var rows = await statistics.SumAsync(scope, start, end, groupBy ?? "unit", cancellationToken);
        var name = $"statistics-{scope}-{start:yyyyMMdd}-{end:yyyyMMdd}";
        return format switch
        {
            null or "csv" => TypedResults.File(StatisticsExport.Csv(rows), "text/csv; charset=utf-8", name + ".csv"),
            "xlsx" => TypedResults.File(StatisticsExport.Xlsx(rows), StatisticsExport.XlsxContentType, name + ".xlsx"),
            _ => throw PlatformProblem.Invalid("supervision.export.format_invalid", "format", "导出格式只能是 csv 或 xlsx。"),
        };
    }

    /// <summary>The period asked for, or the current month so far.</summary>
    public static (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to, IClock clock)
    {
        var today = clock.Today;
        return (from ?? new DateOnly(today.Year, today.Month, 1), to ?? today);
    }
}
