namespace Platform.Projects.Contracts;

/// <summary>What happened to a project, as <see cref="IProjectObserver"/> is told.</summary>
public enum ProjectChangeKind
{
    Registered,
    StageFiled,
    MemberCaseOpened,
    StageCompleted,
}
