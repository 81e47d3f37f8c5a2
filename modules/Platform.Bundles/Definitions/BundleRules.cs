using System.Text.RegularExpressions;
using Platform.Bundles.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Definitions;

/// <summary>What a bundle definition must satisfy before it is saved or published; every breach names its field.</summary>
internal static partial class BundleRules
{
    public static Dictionary<string, string[]> Check(BundleDefinition bundle, IReadOnlySet<string> unitCodes)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string rule) => errors[field] = [rule];
        // JSON may carry null for any part; name each one instead of failing on it below.
        (string Field, object? Value)[] parts =
        [
            ("code", bundle.Code), ("name", bundle.Name), ("leadUnit", bundle.LeadUnit), ("committedTimeLimit", bundle.CommittedTimeLimit),
            ("guide", bundle.Guide), ("questions", bundle.Questions), ("members", bundle.Members), ("materialRules", bundle.MaterialRules),
            ("fields", bundle.Fields),
        ];
        foreach (var (field, _) in parts.Where(p => p.Value is null)) Add(field, "不能为空。");
        if (errors.Count == 0) CheckParts(bundle, Add);
        if (errors.Count > 0) return errors;
        if (!CodePattern().IsMatch(bundle.Code)) Add("code", "编码须为 2–40 位小写字母、数字或连字符。");
        if (string.IsNullOrWhiteSpace(bundle.Name) || bundle.Name.Length > 100) Add("name", "名称不能为空且不超过 100 字。");
        if (!unitCodes.Contains(bundle.LeadUnit)) Add("leadUnit", $"牵头单位 {bundle.LeadUnit} 不是本地区的组织机构。");
        if (bundle.Zone is { } zone && !unitCodes.Contains(zone)) Add("zone", $"专区窗口 {zone} 不是本地区的组织机构。");
        if (bundle.CommittedTimeLimit.Amount is < 0 or > 365) Add("committedTimeLimit.amount", "承诺时限须在 0 到 365 之间。");
        if (bundle.Members.Count == 0) Add("members", "至少包含一个事项。");
        // A repeated id is refused, and the first of each id stands for it so the checks below can still name their field.
        var questions = bundle.Questions.DistinctBy(q => q.Id, StringComparer.Ordinal)
            .ToDictionary(q => q.Id, q => q.Options.Select(o => o.Value).ToHashSet(), StringComparer.Ordinal);
        if (questions.Count != bundle.Questions.Count) Add("questions", "情形问题编号不能重复。");
        for (var i = 0; i < bundle.Questions.Count; i++)
        {
            var question = bundle.Questions[i];
            if (string.IsNullOrWhiteSpace(question.Id) || string.IsNullOrWhiteSpace(question.Text)) Add($"questions[{i}]", "情形问题须有编号和问题内容。");
            if (question.Options.Count < 2) Add($"questions[{i}].options", "每个情形问题至少有两个选项。");
            if (question.Options.DistinctBy(o => o.Value, StringComparer.Ordinal).Count() != question.Options.Count)
                Add($"questions[{i}].options", "同一情形问题的选项取值不能重复。");
        }

        var members = bundle.Members.Select(m => m.MatterCode).ToHashSet();
        if (members.Count != bundle.Members.Count) Add("members", "同一事项不能重复列入。");
        for (var i = 0; i < bundle.Members.Count; i++) CheckWhen(bundle.Members[i].When, $"members[{i}].when", questions, Add);
        for (var i = 0; i < bundle.MaterialRules.Count; i++) CheckWhen(bundle.MaterialRules[i].When, $"materialRules[{i}].when", questions, Add);
        if (bundle.Fields.Select(f => f.Key).Distinct().Count() != bundle.Fields.Count) Add("fields", "表单字段编号不能重复。");
        for (var i = 0; i < bundle.Fields.Count; i++)
        {
            var field = bundle.Fields[i];
            if (string.IsNullOrWhiteSpace(field.Key) || string.IsNullOrWhiteSpace(field.Label)) Add($"fields[{i}]", "表单字段须有编号和名称。");
            if (!BundleFieldKinds.All.Contains(field.Kind)) Add($"fields[{i}].kind", "表单字段类型须为 text（文字）、integer（整数）或 number（数字）。");
            foreach (var target in field.Targets.Where(t => !members.Contains(t.MatterCode)))
                Add($"fields[{i}].targets", $"字段对应的事项 {target.MatterCode} 不在本件事的事项中。");
        }

        return errors;
    }

    /// <summary>Null entries and null parts of entries, which JSON may carry anywhere, each named by its field.</summary>
    private static void CheckParts(BundleDefinition bundle, Action<string, string> add)
    {
        for (var i = 0; i < bundle.Questions.Count; i++)
            if (bundle.Questions[i] is not { Id: not null, Text: not null, Options: not null } question
                || question.Options.Any(o => o is not { Value: not null, Label: not null }))
                add($"questions[{i}]", "情形问题及其选项不能为空。");
        for (var i = 0; i < bundle.Members.Count; i++)
            if (bundle.Members[i] is not { MatterCode: not null } member || member.When?.Values.Any(v => v is null || v.Contains(null!)) == true)
                add($"members[{i}]", "事项及其条件不能为空。");
        for (var i = 0; i < bundle.MaterialRules.Count; i++)
            if (bundle.MaterialRules[i] is not { Material: not null } rule || rule.When?.Values.Any(v => v is null || v.Contains(null!)) == true)
                add($"materialRules[{i}]", "材料规则及其条件不能为空。");
        for (var i = 0; i < bundle.Fields.Count; i++)
            if (bundle.Fields[i] is not { Key: not null, Label: not null, Targets: not null } field
                || field.Targets.Any(t => t is not { MatterCode: not null, Field: not null }))
                add($"fields[{i}]", "表单字段及其对应事项不能为空。");
    }

    public static void Require(BundleDefinition bundle, IReadOnlySet<string> unitCodes)
    {
        var errors = Check(bundle, unitCodes);
        if (errors.Count > 0)
            throw new PlatformProblem(400, "bundle.definition.invalid", "一件事定义不合规", string.Join(" ", errors.Values.SelectMany(v => v))) { Errors = errors };
    }

    private static void CheckWhen(Dictionary<string, List<string>>? when, string field, Dictionary<string, HashSet<string>> questions,
        Action<string, string> add)
    {
        foreach (var (question, values) in when ?? [])
        {
            if (!questions.TryGetValue(question, out var options)) add(field, $"条件引用了不存在的情形问题 {question}。");
            else if (values.Count == 0 || values.Any(v => !options.Contains(v))) add(field, $"条件中情形问题 {question} 的取值须为其选项之一。");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
