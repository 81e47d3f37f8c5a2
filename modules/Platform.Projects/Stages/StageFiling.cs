namespace Platform.Projects.Stages;

/// <summary>
/// The applicant's one form for a stage, and one set of materials by name: a material that several member
/// matters ask for (营业执照, 项目批准文件) is uploaded once and given to each of them. A filing key, when given,
/// makes a retried filing return the stage it filed before.
/// </summary>
internal sealed record StageFiling(Guid ProjectId, int Ordinal, IReadOnlyDictionary<string, string> Form, IReadOnlyDictionary<string, Guid> Materials,
    string? FilingKey = null);
