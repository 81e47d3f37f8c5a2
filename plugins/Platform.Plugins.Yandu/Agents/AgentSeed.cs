namespace Platform.Plugins.Yandu.Agents;

/// <summary>An agent (代办员) as the seed lists them: who, where, what they run (matter codes or named services), and their time limit.</summary>
internal sealed record AgentSeed
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Phone { get; init; } = "";
    public List<string> Scope { get; init; } = [];
    public int TimeLimitWorkingDays { get; init; }
}
