using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Platform.Cases.Files;
using Platform.Cases.Tracking;

namespace Platform.Cases.Api;

/// <summary>A case's material files, served inline to those who may see the case, each reading recorded (查看记录).</summary>
internal static class CaseFileEndpoints
{
    public static void MapCaseFiles(this IEndpointRouteBuilder api) =>
        api.MapGet("/cases/{id:guid}/materials/{code}/file", OpenAsync).WithName("OpenCaseFile")
            .WithSummary("A material's file, inline (PDF or image), for the case page's viewer; each reading is recorded and audited")
            .RequireAuthorization();

    private static async Task<PhysicalFileHttpResult> OpenAsync(Guid id, string code, HttpResponse response, CaseQueries queries,
        CaseAccess access, FileViews views, CancellationToken cancellationToken)
    {
        var view = await access.DemandVisibleAsync(await queries.GetAsync(id, cancellationToken), cancellationToken);
        var file = await views.OpenAsync(view, code, await access.CurrentAsync(view.RegionCode, cancellationToken), cancellationToken);
        // The case page frames the file; the site's default forbids any framing, so this answer allows its own origin only.
        response.Headers.XFrameOptions = "SAMEORIGIN";
        response.Headers.ContentSecurityPolicy = "frame-ancestors 'self'";
        response.Headers.CacheControl = "private, no-store";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = file.FileName }.ToString();
        return TypedResults.PhysicalFile(file.Path, file.ContentType);
    }
}
