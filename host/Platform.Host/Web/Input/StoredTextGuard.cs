using Microsoft.Extensions.Primitives;
using Platform.Kernel.Errors;
using Platform.Kernel.Input;

namespace Platform.Host.Web.Input;

/// <summary>
/// Holds what a request carries outside its JSON body to <see cref="StoredText"/>: the path, every query parameter and
/// every posted form field and file name (the pages' forms, uploads). Runs after sign-in and antiforgery, so a caller
/// refused for access is not made to wait for its form to be read.
/// </summary>
internal sealed class StoredTextGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (StoredText.Refuses(request.Path.Value)) throw StoredText.Problem("path");
        Check(request.Query);
        if (request.HasFormContentType)
        {
            var form = await ReadFormAsync(request);
            Check(form);
            foreach (var file in form.Files)
                if (StoredText.Refuses(file.FileName) || StoredText.Refuses(file.Name)) throw StoredText.Problem(file.Name);
        }

        await next(context);
    }

    private static void Check(IEnumerable<KeyValuePair<string, StringValues>> fields)
    {
        foreach (var (name, values) in fields)
        {
            if (StoredText.Refuses(name)) throw StoredText.Problem("query");
            foreach (var value in values)
                if (StoredText.Refuses(value)) throw StoredText.Problem(name);
        }
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request)
    {
        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException exception)
        {
            throw new PlatformProblem(400, "request.malformed", "请求格式错误", exception.Message);
        }
    }
}
