using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Identity.Security;
using Platform.Identity.SignIn;
using Platform.Identity.Tokens;
using Platform.Identity.Users;
using Platform.Kernel.Errors;

namespace Platform.Identity.Web;

/// <summary>Tokens for API clients (<c>/api/v1/auth</c>) and the web UI's cookie sign-out.</summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/v1/auth").WithTags("Identity");
        // Not rate limited as such: failures are, per account (lockout) and per client address (SignInThrottle).
        auth.MapPost("/token", IssueStaffToken).AllowAnonymous()
            .WithName("IssueToken").WithSummary("Staff sign-in by account and password: access and refresh token");
        auth.MapPost("/applicant/token", IssueApplicantToken).AllowAnonymous()
            .WithName("IssueApplicantToken").WithSummary("Applicant sign-in through the identity provider");
        auth.MapPost("/refresh", Refresh).AllowAnonymous()
            .WithName("RefreshToken").WithSummary("Trade a refresh token for a new pair; the old one stops working, and offered again revokes them all");
        auth.MapPost("/signout", SignOutToken).AllowAnonymous()
            .WithName("RevokeToken").WithSummary("Revoke a refresh token");
        auth.MapGet("/me", Me).RequireAuthorization().WithName("CurrentActor").WithSummary("Who the caller is: region, unit, roles");

        endpoints.MapPost("/signout", SignOutCookie).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<Results<Ok<TokenPair>, ProblemHttpResult>> IssueStaffToken(TokenRequest request, StaffSignIn signIn,
        TokenIssuer tokens, HttpContext context, CancellationToken cancellationToken)
    {
        var outcome = await signIn.SignInAsync(request.Account ?? "", request.Password ?? "", cancellationToken);
        if (outcome.RetryAfter is { } wait) return SignInThrottled.Problem(context, wait);
        return TypedResults.Ok(await tokens.IssueAsync(Require(outcome), cancellationToken));
    }

    private static async Task<Results<Ok<TokenPair>, ProblemHttpResult>> IssueApplicantToken(ApplicantTokenRequest request,
        ApplicantSignIn signIn, TokenIssuer tokens, HttpContext context, CancellationToken cancellationToken)
    {
        var outcome = await signIn.SignInAsync(request.Identifier ?? "", request.Password ?? "", cancellationToken);
        if (outcome.RetryAfter is { } wait) return SignInThrottled.Problem(context, wait);
        return TypedResults.Ok(await tokens.IssueAsync(Require(outcome), cancellationToken));
    }

    private static async Task<Results<Ok<TokenPair>, ProblemHttpResult>> Refresh(RefreshRequest request, TokenIssuer tokens, UserStore users,
        SecurityLog log, SignInThrottle throttle, HttpContext context, CancellationToken cancellationToken)
    {
        // RFC 7009: a token this server does not know is answered like a revoked one, but a missing or absurd one is a bad request.
        if (string.IsNullOrEmpty(request.RefreshToken) || request.RefreshToken.Length > 512)
            throw PlatformProblem.Invalid("identity.refresh_token.invalid", "refreshToken", "请提供有效的刷新令牌。");
        if (await throttle.WaitAsync(cancellationToken) is { } wait)
        {
            await log.RecordAsync(SecurityEventKind.SignInThrottled, null, null, null, "refresh", cancellationToken);
            return SignInThrottled.Problem(context, wait);
        }

        var redemption = await tokens.RedeemAsync(request.RefreshToken, cancellationToken);
        var user = redemption is { Redeemed: true, UserId: { } id } ? await users.FindAsync(id, cancellationToken) : null;
        if (user is null || user.Disabled)
        {
            await log.RecordAsync(redemption.Reused ? SecurityEventKind.RefreshReused : SecurityEventKind.RefreshFailed, user?.Account,
                redemption.UserId, user?.RegionCode, redemption.Reused ? "rotated-out refresh token reused; family revoked" : null, cancellationToken);
            throw new PlatformProblem(401, IdentityProblems.RefreshInvalid, "刷新令牌无效", "刷新令牌无效、已过期或已注销，请重新登录。");
        }

        await log.RecordAsync(SecurityEventKind.TokenRefreshed, user.Account, user.Id, user.RegionCode, null, cancellationToken);
        return TypedResults.Ok(await tokens.IssueAsync(user, cancellationToken, redemption.Family));
    }

    private static async Task<NoContent> SignOutToken(RefreshRequest request, TokenIssuer tokens, SecurityLog log, CancellationToken cancellationToken)
    {
        // RFC 7009: a token this server does not know is answered like a revoked one, but a missing or absurd one is a bad request.
        if (string.IsNullOrEmpty(request.RefreshToken) || request.RefreshToken.Length > 512)
            throw PlatformProblem.Invalid("identity.refresh_token.invalid", "refreshToken", "请提供有效的刷新令牌。");
        var redemption = await tokens.RedeemAsync(request.RefreshToken, cancellationToken);
        if (redemption.UserId is { } userId)
            await log.RecordAsync(SecurityEventKind.SignedOut, null, userId, null,
                redemption.Reused ? "revoked refresh token offered again; family revoked" : "refresh token revoked", cancellationToken);
        return TypedResults.NoContent();
    }

    private static Ok<ActorView> Me(ICurrentActor actor) => TypedResults.Ok(new ActorView(actor.UserId, actor.DisplayName,
        actor.RegionCode, actor.UnitId, actor.Roles.Select(r => r.ToString()).Order().ToList(), actor.EnterpriseId));

    private static async Task<RedirectHttpResult> SignOutCookie(HttpContext context, IAntiforgery antiforgery, ICurrentActor actor, SecurityLog log)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
            throw new PlatformProblem(400, "request.antiforgery", "请求已失效", "页面已过期，请刷新后重试。");
        if (actor.IsAuthenticated)
            await log.RecordAsync(SecurityEventKind.SignedOut, null, actor.UserId, actor.RegionCode, "cookie", context.RequestAborted);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect("/signin");
    }

    private static UserRow Require(SignInOutcome outcome) => outcome switch
    {
        { User: { } user } => user,
        { LockedOut: true } => throw new PlatformProblem(401, IdentityProblems.LockedOut, "账户已锁定", "连续登录失败次数过多，账户已临时锁定，请稍后再试。"),
        _ => throw new PlatformProblem(401, IdentityProblems.InvalidCredentials, "登录失败", "账号或密码错误。"),
    };
}
