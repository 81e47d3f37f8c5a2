using Platform.Bundles.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Domain;

/// <summary>
/// Turns situation answers into the matters that apply, one material list without repeats (a material
/// is the same across matters when its e-licence type, or else its name, is the same) and the fields
/// of the combined form that the selected matters need. Plain logic: no I/O.
/// </summary>
internal static class BundleResolver
{
    public static IReadOnlyDictionary<string, string> CheckAnswers(BundleDefinition bundle, IReadOnlyDictionary<string, string> answers)
    {
        foreach (var key in answers.Keys.Where(k => bundle.Questions.All(q => q.Id != k)))
            throw PlatformProblem.Invalid("bundle.answer.unknown_question", $"answers.{key}", $"“{bundle.Name}”没有编号为 {key} 的情形问题。");
        foreach (var question in bundle.Questions)
        {
            if (!answers.TryGetValue(question.Id, out var answer) || string.IsNullOrWhiteSpace(answer))
                throw PlatformProblem.Invalid("bundle.answer.missing", $"answers.{question.Id}", $"请回答：{question.Text}");
            if (question.Options.All(o => o.Value != answer))
                throw PlatformProblem.Invalid("bundle.answer.not_an_option", $"answers.{question.Id}",
                    $"“{question.Text}”的回答须为：{string.Join("、", question.Options.Select(o => o.Label))}。");
        }

        return answers;
    }

    public static IReadOnlyList<string> SelectMatters(BundleDefinition bundle, IReadOnlyDictionary<string, string> answers) =>
        bundle.Members.Where(m => Situation.Holds(m.When, answers)).Select(m => m.MatterCode).ToList();

    /// <summary>
    /// 一次告知 for the answers. A material is left out when its situation does not hold, and made required when a situation rule
    /// naming it holds (a conditional material whose condition the answers meet). A material another selected member issues
    /// (its result, by name or e-licence type) is never asked of the applicant: the asking member receives it from that member.
    /// </summary>
    public static BundleGuidance Guide(BundleVersion version, IReadOnlyDictionary<string, string> answers, IReadOnlyList<MatterVersion> matters)
    {
        var bundle = version.Definition;
        var excluded = bundle.MaterialRules.Where(r => !Situation.Holds(r.When, answers)).Select(r => r.Material).ToHashSet();
        var situational = Situational(bundle, answers);
        var merged = new List<(string Key, MaterialDefinition First, List<MaterialUse> Uses, bool Required, bool Core)>();
        var parallel = new List<ParallelMaterial>();
        foreach (var matter in matters)
        {
            for (var i = 0; i < matter.Definition.Materials.Count; i++)
            {
                var material = matter.Definition.Materials[i];
                if (excluded.Contains(material.Name)) continue;
                var key = KeyOf(material);
                var use = new MaterialUse(matter.Code, $"M{i + 1:D2}");
                if (matters.FirstOrDefault(m => m.Code != matter.Code && Issues(m, material)) is { } issuer)
                {
                    parallel.Add(new ParallelMaterial(matter.Code, use.MaterialCode, material.Name, issuer.Code, issuer.Definition.Name));
                    continue;
                }

                var required = material.Requirement == MaterialRequirement.Required
                               || material.Requirement == MaterialRequirement.Conditional && situational.Contains(material.Name);
                var at = merged.FindIndex(m => m.Key == key);
                if (at < 0) merged.Add((key, material, [use], required, material.Core));
                else
                {
                    var found = merged[at];
                    found.Uses.Add(use);
                    merged[at] = found with { Required = found.Required || required, Core = found.Core || material.Core };
                }
            }
        }

        var selected = matters.Select(m => m.Code).ToHashSet();
        var fields = bundle.Fields
            .Where(f => f.Targets.Count == 0 || f.Targets.Any(t => selected.Contains(t.MatterCode)))
            .Select(f => f with { Targets = f.Targets.Where(t => selected.Contains(t.MatterCode)).ToList() })
            .ToList();
        var guided = matters.Select(m => new GuidanceMatter(m.Code, m.Definition.Name, m.Definition.Department, m.Definition.CommittedTimeLimit.ToTimeLimit()))
            .ToList();
        return new BundleGuidance(version.Id, version.RegionCode, version.Code, bundle.Name,
            BundleTimeLimit.Of(bundle.CommittedTimeLimit.ToTimeLimit(), guided.Select(m => m.CommittedLimit).ToList()), answers, guided,
            merged.Select(m => new GuidanceMaterial(m.Key, m.First.Name, m.First.LicenceType, m.Required, m.Core, m.Uses)).ToList(),
            fields)
        {
            FromParallelMembers = parallel,
        };
    }

    /// <summary>The positional codes of <paramref name="matterCode"/>'s materials that a situation rule holding for the answers makes required.</summary>
    public static IReadOnlyList<string> SituationRequired(BundleDefinition bundle, IReadOnlyDictionary<string, string> answers, BundleGuidance guidance,
        string matterCode)
    {
        var situational = Situational(bundle, answers);
        return guidance.Materials.Where(m => situational.Contains(m.Name))
            .SelectMany(m => m.UsedBy.Where(u => u.MatterCode == matterCode)).Select(u => u.MaterialCode).ToList();
    }

    /// <summary>The materials whose situation rule holds for the answers: the applicant's situation calls for them.</summary>
    private static HashSet<string> Situational(BundleDefinition bundle, IReadOnlyDictionary<string, string> answers) =>
        bundle.MaterialRules.Where(r => Situation.Holds(r.When, answers)).Select(r => r.Material).ToHashSet();

    /// <summary>Whether the matter's decision issues the material: one of its results is the material's name or e-licence type.</summary>
    private static bool Issues(MatterVersion matter, MaterialDefinition material) =>
        matter.Definition.Results.Any(r => r.Trim() == material.Name.Trim() || r.Trim() == material.LicenceType?.Trim());

    /// <summary>The same document across matters: the e-licence type when there is one, else the name as written.</summary>
    public static string KeyOf(MaterialDefinition material) =>
        string.IsNullOrWhiteSpace(material.LicenceType) ? material.Name.Trim() : $"licence:{material.LicenceType.Trim()}";
}
