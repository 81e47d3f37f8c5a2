using Platform.Kernel.Errors;

namespace Platform.Projects.Register;

/// <summary>The three classes of project generation (策划生成): 划拨类, 工业类, 一般经营类, with their code segment.</summary>
internal static class ProjectClass
{
    private static readonly Dictionary<string, (string Name, string Segment)> Classes = new()
    {
        ["allocated"] = ("划拨类", "01"),
        ["industrial"] = ("工业类", "02"),
        ["commercial"] = ("一般经营类", "03"),
    };

    public static IEnumerable<(string Code, string Name)> All => Classes.Select(c => (c.Key, c.Value.Name));

    public static string Chinese(string code) => Classes.TryGetValue(code, out var c) ? c.Name : code;

    public static string Segment(string code) => Classes.TryGetValue(code, out var c)
        ? c.Segment
        : throw PlatformProblem.Invalid("project.class_invalid", "projectClass", "项目类别须为 allocated（划拨类）、industrial（工业类）或 commercial（一般经营类）。");
}
