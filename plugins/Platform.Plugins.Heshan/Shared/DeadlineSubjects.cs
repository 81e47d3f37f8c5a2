namespace Platform.Plugins.Heshan.Shared;

/// <summary>The subject types of the deadlines this plugin opens in the calendar registry (supervision watches them).</summary>
internal static class DeadlineSubjects
{
    public const string Opinion = "heshan-opinion";
    public const string SignOff = "heshan-sign-off";
    public const string Action = "heshan-action";
    public const string Admission = "heshan-admission";
    public const string AdmissionOpinion = "heshan-admission-opinion";
    public const string KeyProjectStage = "heshan-key-project-stage";
}
