using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Identity.Organisation;
using Platform.Identity.Users;

namespace Platform.Identity.Web;

/// <summary>
/// Units and users within the caller's scope (<c>/api/v1/identity</c>, region admins and platform admins).
/// Another region's record by id answers 404; another region by code answers 403.
/// </summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/identity").WithTags("Identity").RequireAuthorization(IdentityPolicies.RegionAdmin);

        group.MapGet("/units", async (string? region, int? page, int? pageSize, UnitAdmin units, CancellationToken ct) =>
                TypedResults.Ok(await units.ListAsync(region, Paging.From(page, pageSize), ct)))
            .WithName("ListUnits").WithSummary("Organisation units of a region, paged");
        group.MapGet("/units/{id:guid}", async (Guid id, UnitAdmin units, CancellationToken ct) => TypedResults.Ok(await units.GetAsync(id, ct)))
            .WithName("GetUnit");
        group.MapPost("/units", CreateUnit).RequireRateLimiting(RateLimitPolicies.Create).WithName("CreateUnit");
        group.MapPut("/units/{id:guid}", async (Guid id, UnitInput input, UnitAdmin units, CancellationToken ct) =>
                TypedResults.Ok(await units.UpdateAsync(id, input, ct)))
            .WithName("UpdateUnit");

        group.MapGet("/users", async (string? region, int? page, int? pageSize, UserAdmin users, CancellationToken ct) =>
                TypedResults.Ok(await users.ListAsync(region, Paging.From(page, pageSize), ct)))
            .WithName("ListUsers").WithSummary("Users of a region, paged");
        group.MapGet("/users/{id:guid}", async (Guid id, UserAdmin users, CancellationToken ct) => TypedResults.Ok(await users.GetAsync(id, ct)))
            .WithName("GetUser");
        group.MapPost("/users", CreateUser).RequireRateLimiting(RateLimitPolicies.Create).WithName("CreateUser");
        group.MapPut("/users/{id:guid}", async (Guid id, UserInput input, UserAdmin users, CancellationToken ct) =>
                TypedResults.Ok(await users.UpdateAsync(id, input, ct)))
            .WithName("UpdateUser");
    }

    private static async Task<Created<UnitView>> CreateUnit(UnitInput input, UnitAdmin units, CancellationToken ct)
    {
        var unit = await units.CreateAsync(input, ct);
        return TypedResults.Created($"/api/v1/identity/units/{unit.Id}", unit);
    }

    private static async Task<Created<UserView>> CreateUser(UserInput input, UserAdmin users, CancellationToken ct)
    {
        var user = await users.CreateAsync(input, ct);
        return TypedResults.Created($"/api/v1/identity/users/{user.Id}", user);
    }
}
