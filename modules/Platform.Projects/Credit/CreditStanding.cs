namespace Platform.Projects.Credit;

/// <summary>Where an enterprise stands on the red/black list at project intake.</summary>
internal static class CreditStanding
{
    public const string None = "none";
    public const string Red = "red";
    public const string Black = "black";

    public static string Chinese(string standing) => standing switch
    {
        Red => "红名单（守信激励）",
        Black => "黑名单（失信惩戒：不适用告知承诺制）",
        _ => "未列入红黑名单",
    };
}
