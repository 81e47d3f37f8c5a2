namespace Platform.Projects.Intermediaries;

/// <summary>An intermediary-service matter (中介服务事项): the material its report stands for, its time limit, the firms that offer it.</summary>
internal sealed record IntermediaryMatter(string Code, string Name, string MaterialName, int TimeLimitDays, string[] FirmCodes);
