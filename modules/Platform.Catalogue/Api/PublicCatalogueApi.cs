using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;
using Platform.Catalogue.Validation;
using Platform.Identity.Contracts;
using Platform.Kernel.Time;

namespace Platform.Catalogue.Api;

/// <summary>The anonymous API applicants use: search a region's published matters and read one matter's guide.</summary>
internal static class PublicCatalogueApi
{
    public static IEndpointRouteBuilder MapPublicCatalogueApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/regions/{region}/matters").WithTags("Catalogue").AllowAnonymous();
        api.MapGet("/", Search).WithName("SearchMatters").WithSummary("Search a region's published matters, one page at a time (at most 100)");
        api.MapGet("/{code}", Guide).WithName("GetMatterGuide").WithSummary("The guide of a matter: the version in force now");
        return endpoints;
    }

    private static async Task<JsonHttpResult<MatterPage>> Search(string region, string? q, string? department, string? type,
        string? onlineDepth, int? page, int? pageSize, ICatalogue catalogue, CancellationToken cancellationToken) =>
        TypedResults.Json(await catalogue.SearchPublishedAsync(region, QueryParsing.Matters(q, department, type, onlineDepth, page, pageSize),
            cancellationToken), CatalogueJson.Options);

    private static async Task<JsonHttpResult<MatterGuide>> Guide(string region, string code, ICatalogue catalogue,
        IOrganisationDirectory directory, IClock clock, CancellationToken cancellationToken)
    {
        var version = await catalogue.InForceAsync(region, code, clock.Now, cancellationToken)
                      ?? throw CatalogueProblems.MatterNotFound(region, code);
        var unit = await directory.FindUnitAsync(region, version.Definition.Department, cancellationToken);
        return TypedResults.Json(new MatterGuide(version, unit?.Name ?? version.Definition.Department), CatalogueJson.Options);
    }
}
