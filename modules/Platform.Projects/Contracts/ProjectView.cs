namespace Platform.Projects.Contracts;

/// <summary>A construction project as its page shows it: code, category, the four stages with their parallel matters, the chain clock.</summary>
public sealed record ProjectView(
    Guid Id,
    string RegionCode,
    string Code,
    string Name,
    string CategoryCode,
    string CategoryName,
    string ProjectClass,
    string ProjectClassName,
    string Location,
    string? Zone,
    string ApplicantId,
    string EnterpriseCode,
    string EnterpriseName,
    string CreditStanding,
    string CreditStandingName,
    bool KeyProject,
    string? AgentName,
    int Version,
    ChainClockView ChainClock,
    IReadOnlyList<StageView> Stages);
