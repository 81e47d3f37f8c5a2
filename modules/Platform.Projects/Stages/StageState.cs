namespace Platform.Projects.Stages;

/// <summary>A stage is filed by the applicant (one form), accepted at its one window (its clock starts), then completed.</summary>
internal static class StageState
{
    public const string Filed = "filed";
    public const string Accepted = "accepted";
    public const string Completed = "completed";

    public static string Chinese(string? state) => state switch
    {
        Filed => "已申报，待窗口受理",
        Accepted => "并联审批中",
        Completed => "已办结",
        _ => "未开始",
    };
}
