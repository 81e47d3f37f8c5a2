using Platform.Kernel.Seeding;

namespace Platform.Plugins.Heshan.Policies;

/// <summary>The policy library shipped in Seed/policies.yaml, checked once when the plugin loads.</summary>
internal sealed class PolicyLibrary
{
    private static readonly Lazy<IReadOnlyList<PolicyDefinition>> Library = new(Load);

    public IReadOnlyList<PolicyDefinition> All => Library.Value;

    public PolicyDefinition? Find(string code) => All.FirstOrDefault(p => p.Code == code);

    public static IReadOnlyList<PolicyDefinition> Load()
    {
        var policies = EmbeddedYaml.Read<List<PolicyDefinition>>(typeof(PolicyLibrary).Assembly, "Seed/policies.yaml");
        var problem = policies.Select(PolicyRules.Problem).FirstOrDefault(p => p is not null);
        return problem is null ? policies : throw new InvalidOperationException($"Seed/policies.yaml: {problem}");
    }
}
