using Microsoft.AspNetCore.Http;
using Platform.Kernel.Errors;

namespace Platform.Supervision.Api;

/// <summary>The Idempotency-Key and If-Match headers supervision's writes require.</summary>
internal static class HttpHeaders
{
    public static string IdempotencyKey(HttpRequest request)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        if (key.Length is 0 or > 100)
            throw PlatformProblem.Invalid("request.idempotency_key_required", "Idempotency-Key", "创建请求须带 Idempotency-Key 请求头（不超过 100 个字符），重试时使用同一个值。");
        return key;
    }

    public static int IfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Replace("W/", "").Trim('"');
        if (!int.TryParse(value, out var version))
            throw PlatformProblem.Invalid("request.if_match_required", "If-Match", "状态变更须带 If-Match 请求头（读取时得到的版本号）。");
        return version;
    }

    public static void ETag(HttpResponse response, int version) => response.Headers.ETag = $"\"{version}\"";
}
