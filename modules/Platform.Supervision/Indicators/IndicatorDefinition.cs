namespace Platform.Supervision.Indicators;

/// <summary>One programme indicator as <c>Seed/indicators.yaml</c> declares it.</summary>
internal sealed class IndicatorDefinition
{
    public string Region { get; set; } = "";
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public int TargetDays { get; set; }
    public double TargetShare { get; set; }
    public List<string> Matters { get; set; } = [];
}
