namespace Platform.Kernel.Errors;

/// <summary>
/// A refusal the caller can act on. The host renders it as RFC 9457 problem+json carrying the
/// stable <see cref="Code"/> (for example <c>case.material.core_missing</c>) and, for bad input,
/// the field and the rule it broke.
/// </summary>
public class PlatformProblem(int status, string code, string title, string? detail = null) : Exception(detail ?? title)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public static PlatformProblem Invalid(string code, string field, string rule) =>
        new(400, code, "请求内容不合规", rule) { Errors = new Dictionary<string, string[]> { [field] = [rule] } };

    public static PlatformProblem NotFound(string code, string what) => new(404, code, "未找到", what);

    public static PlatformProblem Forbidden(string code, string why) => new(403, code, "无权操作", why);

    public static PlatformProblem Conflict(string code, string why) => new(409, code, "状态已变化", why);
}
