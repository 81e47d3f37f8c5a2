using Microsoft.AspNetCore.Http;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Api;

/// <summary>The bundle case version travels as an ETag; every step names it in If-Match.</summary>
internal static class BundleVersionHeader
{
    public static string ETag(int version) => $"\"{version}\"";

    public static int FromIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
            throw new PlatformProblem(428, "bundle.case.version_required", "缺少版本号", "办理操作须在 If-Match 请求头中给出一件事办件的版本号（取自 ETag）。");
        return int.TryParse(header.Trim('"'), out var version) && version > 0
            ? version
            : throw PlatformProblem.Invalid("bundle.case.version_invalid", "If-Match", "If-Match 须为一件事办件的 ETag，例如 \"1\"。");
    }
}
