namespace Platform.Host.Web;

/// <summary>
/// Headers every response carries: no MIME sniffing, no framing by other sites, no full referrers leaving the site, and a
/// content security policy that runs only the site's own script files (no inline script or event handler: pages mark
/// what a script should do with data attributes, <c>wwwroot/js/site.js</c> and <c>charts.js</c> act on them). Inline
/// styles stay allowed: pages and the chart library set them. An answer that set its own framing rule (a case file shown
/// in the case page's frame) keeps it.
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
            if (headers.XFrameOptions.Count == 0) headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (headers.ContentSecurityPolicy.Count == 0) headers.ContentSecurityPolicy = Policy;
            return Task.CompletedTask;
        });
        await next(context);
    });
}
