namespace Platform.Empowerment.Lists;

/// <summary>What the pages and problems call the codes.</summary>
internal static class ChineseNames
{
    public static string Of(EmpowermentMode mode) => mode switch
    {
        EmpowermentMode.Direct => "直接赋权",
        EmpowermentMode.Entrusted => "委托",
        _ => "套餐集成",
    };

    public static string Of(EntryState state) => state switch
    {
        EntryState.Planned => "待交接",
        EntryState.Effective => "已生效",
        _ => "已撤回",
    };

    public static string Batch(int number) => number switch
    {
        1 => "第一批",
        2 => "第二批",
        3 => "第三批",
        4 => "第四批",
        _ => $"第{number}批",
    };
}
