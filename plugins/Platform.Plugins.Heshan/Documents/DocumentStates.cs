namespace Platform.Plugins.Heshan.Documents;

/// <summary>A document's route: opinions in parallel, then the leader's sign-off, then the hand-down for action.</summary>
internal static class DocumentStates
{
    public const string Soliciting = "Soliciting";
    public const string SigningOff = "SigningOff";
    public const string HandedDown = "HandedDown";
    public const string Done = "Done";
    public const string NotApproved = "NotApproved";

    public const string OpinionStage = "Opinion";
    public const string SignOffStage = "SignOff";
    public const string ActionStage = "Action";

    public static string Chinese(string state) => state switch
    {
        Soliciting => "意见征集中",
        SigningOff => "领导签批中",
        HandedDown => "交办落实中",
        Done => "已办结",
        NotApproved => "不予签批",
        _ => state,
    };

    public static string StageName(string stage) => stage switch
    {
        OpinionStage => "部门意见",
        SignOffStage => "领导签批",
        ActionStage => "交办落实",
        _ => stage,
    };
}
