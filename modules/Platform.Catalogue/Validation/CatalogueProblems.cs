using Platform.Kernel.Errors;

namespace Platform.Catalogue.Validation;

internal static class CatalogueProblems
{
    /// <summary>All breaches of a definition as one 400 problem: each field with its rules, the first breach's code.</summary>
    public static PlatformProblem Invalid(IReadOnlyList<RuleBreach> breaches)
    {
        var first = breaches[0];
        if (breaches.Count == 1) return PlatformProblem.Invalid(first.Code, first.Field, first.Rule);
        return new PlatformProblem(400, first.Code, "请求内容不合规", $"共有 {breaches.Count} 处不合规：{first.Rule}等")
        {
            Errors = breaches.GroupBy(b => b.Field).ToDictionary(g => g.Key, g => g.Select(b => b.Rule).ToArray()),
        };
    }

    public static PlatformProblem MatterNotFound(string regionCode, string code) =>
        PlatformProblem.NotFound("catalogue.matter.not_found", $"地区 {regionCode} 没有编码为 {code} 的事项");

    public static PlatformProblem DraftNotFound(string code) =>
        PlatformProblem.NotFound("catalogue.draft.not_found", $"事项 {code} 没有草稿");
}
