using Microsoft.AspNetCore.Http;
using Platform.Kernel.Errors;

namespace Platform.Plugins.Heshan.Shared;

/// <summary>A record's version travels as an ETag; every step names it in If-Match and loses with 409 when it is stale.</summary>
internal static class Versions
{
    public static string ETag(int version) => $"\"{version}\"";

    public static int FromIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
            throw new PlatformProblem(428, "heshan.version.required", "缺少版本号", "办理操作须在 If-Match 请求头中给出版本号（取自 ETag）。");
        var raw = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(raw.Trim('"'), out var version) && version > 0
            ? version
            : throw PlatformProblem.Invalid("heshan.version.invalid", "If-Match", "If-Match 须为 ETag，例如 \"3\"。");
    }

    public static void Require(int expected, int current, string what)
    {
        if (expected != current)
            throw new PlatformProblem(409, "heshan.version.conflict", $"{what}已被他人更新",
                $"您看到的是第 {expected} 版，{what}已更新为第 {current} 版，请刷新后重试。")
            {
                Extensions = new Dictionary<string, object?> { ["currentVersion"] = current },
            };
    }

    public static string IdempotencyKey(HttpRequest request)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        return key.Length is > 0 and <= 100
            ? key
            : throw PlatformProblem.Invalid("request.idempotency_key_required", "Idempotency-Key",
                "创建请求须带 Idempotency-Key 请求头（不超过 100 个字符），重试时使用同一个值。");
    }
}
