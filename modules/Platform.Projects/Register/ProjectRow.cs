namespace Platform.Projects.Register;

internal sealed record ProjectRow(Guid Id, string RegionCode, string Code, string Name, string CategoryCode, string ProjectClass, string Location,
    string? Zone, string ApplicantId, string EnterpriseCode, string EnterpriseName, string CreditStanding, bool KeyProject, string? AgentName,
    int ChainCapDays, Guid? ChainDeadlineId, DateTime CreatedAt, int Version);
