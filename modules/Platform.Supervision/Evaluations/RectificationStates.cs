namespace Platform.Supervision.Evaluations;

/// <summary>Chinese names of rectification states.</summary>
internal static class RectificationStates
{
    public static string Name(string state) => state switch
    {
        "callback-pending" => "待回访",
        "fixing" => "整改中",
        "awaiting-confirmation" => "待申请人确认",
        "closed" => "已关闭",
        _ => state,
    };
}
