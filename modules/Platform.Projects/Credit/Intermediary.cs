namespace Platform.Projects.Credit;

/// <summary>An entry of the intermediary-service list (中介服务名录).</summary>
internal sealed record Intermediary(string Code, string Name, string Services, string Qualification, string Contact);
