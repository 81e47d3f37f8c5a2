using Platform.Kernel.Errors;

namespace Platform.Cases.Api;

/// <summary>Every error a form or request has, by field, so they are answered at once rather than one per attempt.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string field, string rule)
    {
        if (!errors.TryGetValue(field, out var rules)) errors[field] = rules = [];
        if (!rules.Contains(rule)) rules.Add(rule);
    }

    public PlatformProblem ToProblem(int status, string code, string title, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(status, code, title, string.Join(" ", errors.Values.SelectMany(r => r)))
        {
            Errors = errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            Extensions = extensions ?? new Dictionary<string, object?>(),
        };
}
