using Platform.Kernel.Seeding;

namespace Platform.Plugins.Heshan.KeyProjects;

/// <summary>The fixed flows shipped in Seed/key-project-flows.yaml.</summary>
internal sealed class KeyProjectFlows
{
    private static readonly Lazy<IReadOnlyList<KeyProjectFlow>> Flows =
        new(() => EmbeddedYaml.Read<List<KeyProjectFlow>>(typeof(KeyProjectFlows).Assembly, "Seed/key-project-flows.yaml"));

    public IReadOnlyList<KeyProjectFlow> All => Flows.Value;

    public KeyProjectFlow? Find(string? code) => All.FirstOrDefault(f => f.Code == code);
}
