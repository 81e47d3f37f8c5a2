namespace Platform.Projects.Intermediaries;

/// <summary>
/// An intermediary-service matter (中介服务事项): the material its report stands for, its time limit, the firms that offer it.
/// A class with setters, as Dapper fills a text[] column only through a property.
/// </summary>
internal sealed class IntermediaryMatter
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string MaterialName { get; init; } = "";
    public int TimeLimitDays { get; init; }
    public string[] FirmCodes { get; init; } = [];
}
