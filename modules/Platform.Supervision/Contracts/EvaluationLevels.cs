namespace Platform.Supervision.Contracts;

/// <summary>
/// The five levels of GB/T 39734/39735, stored 1 (非常满意) to 5 (非常不满意), and the dimensions the programmes rate.
/// <see cref="Basic"/> and worse open a rectification.
/// </summary>
public static class EvaluationLevels
{
    public const int VerySatisfied = 1;
    public const int Satisfied = 2;
    public const int Basic = 3;
    public const int Dissatisfied = 4;
    public const int VeryDissatisfied = 5;

    public static IReadOnlyList<string> Names { get; } = ["非常满意", "满意", "基本满意", "不满意", "非常不满意"];

    /// <summary>overall 整体评价, window 窗口服务, online 网上办事体验, efficiency 办事效率, delivery 寄递服务.</summary>
    public static IReadOnlyDictionary<string, string> Dimensions { get; } = new Dictionary<string, string>
    {
        ["overall"] = "整体评价", ["window"] = "窗口服务", ["online"] = "网上办事体验", ["efficiency"] = "办事效率", ["delivery"] = "寄递服务",
    };

    public static string Name(int level) => level is >= 1 and <= 5 ? Names[level - 1] : level.ToString();

    public static bool OpensRectification(int level) => level >= Basic;
}
