namespace Platform.Host.Web;

/// <summary>
/// Headers every response carries: no MIME sniffing, no framing by other sites, no full referrers leaving the site, and a
/// content security policy that runs only the site's own script files (no inline script or event handler: pages mark
/// what a script should do with data attributes, <c>wwwroot/js/site.js</c> and <c>charts.js</c> act on them). Inline
/// styles stay allowed: pages and the chart library set them.
/// </summary>
internal static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

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
            if (!ownPolicy) headers.ContentSecurityPolicy = Policy;
            return Task.CompletedTask;
        });
        await next(context);
    });
}
