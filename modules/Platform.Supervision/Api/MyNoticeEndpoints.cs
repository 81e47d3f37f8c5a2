using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Supervision.Contracts;
using Platform.Supervision.Notifications;

namespace Platform.Supervision.Api;

/// <summary>An applicant's own notices under <c>/api/v1/my/notices</c> (the mobile app's message list).</summary>
internal static class MyNoticeEndpoints
{
    public static void MapMyNoticeApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/my/notices").WithTags("Supervision").RequireAuthorization(IdentityPolicies.Applicant);
        api.MapGet("", ListAsync).WithName("MyNotices").WithSummary("The signed-in applicant's notices on their cases, newest first, paged");
        api.MapPost("/{id:guid}/read", ReadAsync).WithName("MyNoticeRead").WithSummary("Mark one of the applicant's notices read");
    }

    private static async Task<Ok<Paged<InboxItem>>> ListAsync(bool? unread, int? page, int? size, SupervisionAccess access, Inbox inbox,
        CancellationToken cancellationToken)
    {
        var (p, s) = Paged<InboxItem>.Clamp(page, size);
        return TypedResults.Ok(await inbox.ApplicantListAsync(access.UserId, unread ?? false, p, s, cancellationToken));
    }

    private static async Task<NoContent> ReadAsync(Guid id, SupervisionAccess access, Inbox inbox, CancellationToken cancellationToken)
    {
        await inbox.MarkApplicantReadAsync(id, access.UserId, cancellationToken);
        return TypedResults.NoContent();
    }
}
