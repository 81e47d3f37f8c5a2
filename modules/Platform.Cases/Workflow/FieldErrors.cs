using Platform.Kernel.Errors;

namespace Platform.Cases.Workflow;

/// <summary>
/// Every error a form or request has, by field, so they are answered at once rather than one per attempt. A step's input
/// rules add to one of these and throw it once: the API answers every broken field, and the case page shows each next to its field.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];
    private string? firstCode;

    public bool Any => errors.Count > 0;

    public void Add(string field, string rule)
    {
        if (!errors.TryGetValue(field, out var rules)) errors[field] = rules = [];
        if (!rules.Contains(rule)) rules.Add(rule);
    }

    /// <summary>Adds the rule to the field unless <paramref name="kept"/>; the first broken rule's code is the problem's code.</summary>
    public void Require(bool kept, string code, string field, string rule)
    {
        if (kept) return;
        firstCode ??= code;
        Add(field, rule);
    }

    /// <summary>A 400 with every broken rule, coded as the first one (one broken rule answers exactly as it always did).</summary>
    public void ThrowIfAny()
    {
        if (Any) throw ToProblem(400, firstCode ?? "request.invalid", "请求内容不合规");
    }

    public PlatformProblem ToProblem(int status, string code, string title, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(status, code, title, string.Join(" ", errors.Values.SelectMany(r => r)))
        {
            Errors = errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            Extensions = extensions ?? new Dictionary<string, object?>(),
        };
}
