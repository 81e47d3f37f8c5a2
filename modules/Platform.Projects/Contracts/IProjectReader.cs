namespace Platform.Projects.Contracts;

/// <summary>Reads a project for other modules and pages; callers check their own callers' scope.</summary>
public interface IProjectReader
{
    Task<ProjectView?> GetAsync(Guid projectId, CancellationToken cancellationToken);
}
