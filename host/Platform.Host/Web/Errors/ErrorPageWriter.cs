using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Net.Http.Headers;
using Platform.Host.Components.Errors;

namespace Platform.Host.Web.Errors;

/// <summary>
/// Answers a refusal or failure as a zh-CN page, inside the layout with the person's menu and a way back to their landing
/// page, when a browser asked for a page (Accept: text/html, outside <c>/api</c>). Every other caller keeps problem+json:
/// this writer is asked first and declines them. One home for 403, 404, 429, 500 and 503, whoever raised them (status code
/// pages, the exception handler, the rate limiter, the concurrency limit).
/// </summary>
internal sealed class ErrorPageWriter(ILoggerFactory loggers) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => IsPageRequest(context.HttpContext.Request);

    public static bool IsPageRequest(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var status = context.ProblemDetails.Status ?? http.Response.StatusCode;
        var message = ErrorMessage.For(status, context.ProblemDetails);
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        await http.Response.WriteAsync(await RenderAsync(http, message), http.RequestAborted);
    }

    private async Task<string> RenderAsync(HttpContext http, ErrorMessage message)
    {
        try
        {
            await using var renderer = new HtmlRenderer(http.RequestServices, loggers);
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ErrorDocument.Message)] = message });
                return (await renderer.RenderComponentAsync<ErrorDocument>(parameters)).ToHtmlString();
            });
        }
        catch (Exception error)
        {
            // The layout itself failed (its menu reads the database): the page still answers, without the menu.
            loggers.CreateLogger<ErrorPageWriter>().LogWarning(error, "The error page's layout failed; answering the bare page");
            return ErrorMessage.BarePage(message);
        }
    }
}
