using Microsoft.AspNetCore.Http;
using Platform.Kernel.Errors;

namespace Platform.Cases.Api;

/// <summary>The case version travels as an ETag; every step must name it in If-Match.</summary>
internal static class CaseVersion
{
    public static string ETag(int version) => $"\"{version}\"";

    public static int FromIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
            throw new PlatformProblem(428, "case.version.required", "缺少版本号", "办理操作须在 If-Match 请求头中给出办件版本号（取自 ETag）。");
        var raw = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(raw.Trim('"'), out var version) && version > 0
            ? version
            : throw PlatformProblem.Invalid("case.version.invalid", "If-Match", "If-Match 须为办件的 ETag，例如 \"3\"。");
    }
}
