namespace Platform.Bundles.Domain;

/// <summary>Situation conditions as data: every question named must be answered with one of the listed values.</summary>
internal static class Situation
{
    public static bool Holds(Dictionary<string, List<string>>? when, IReadOnlyDictionary<string, string> answers) =>
        when is null || when.All(rule => answers.TryGetValue(rule.Key, out var answer) && rule.Value.Contains(answer));
}
