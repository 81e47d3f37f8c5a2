namespace Platform.Plugins.Heshan.Admission;

/// <summary>
/// A town or department files a project for admission with its materials (uploaded once through
/// <c>POST /api/v1/files</c> or named only); every department reads the same materials.
/// Investment is in 万元, land area in 亩.
/// </summary>
internal sealed record FileAdmissionRequest(string? ProjectName, string? Investor, decimal Investment, decimal LandArea, string? Industry,
    IReadOnlyList<AdmissionMaterial>? Materials);

/// <summary>A material of the request: its name and, when uploaded, its file id.</summary>
internal sealed record AdmissionMaterial(string? Name, Guid? FileId);

/// <summary>A department's opinion and its scores by criterion code (0–100).</summary>
internal sealed record AdmissionOpinionRequest(bool Agrees, string? Opinion, Dictionary<string, decimal>? Scores);

/// <summary>The bureau's conclusion; the score and pass/fail come from the model.</summary>
internal sealed record ConcludeAdmissionRequest(string? Conclusion);
