namespace Platform.Host.Web;

/// <summary>Headers every response carries: no MIME sniffing, no framing (unless an answer allows its own site), no full referrers leaving the site.</summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // An answer with its own policy (a case file shown in the case page's frame: frame-ancestors 'self') keeps it and may be
            // framed by the site; any other is never framed, whatever else set X-Frame-Options (antiforgery sets SAMEORIGIN).
            var ownPolicy = headers.ContentSecurityPolicy.Count > 0;
            headers.XFrameOptions = ownPolicy ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (!ownPolicy) headers.ContentSecurityPolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
