using System.Text.RegularExpressions;
using Platform.Kernel.Seeding;

namespace Platform.Supervision.Notices;

/// <summary>
/// The notice wording per region: the default set with the region's fields laid over it, rendered with the case's
/// values. A placeholder with no value renders empty, so no text ever shows a raw <c>{name}</c>.
/// </summary>
internal sealed partial class NoticeTemplates
{
    private readonly NoticeTemplateFile file;

    public NoticeTemplates() : this(EmbeddedYaml.Read<NoticeTemplateFile>(typeof(NoticeTemplates).Assembly, "Seed/notice-templates.yaml"))
    {
    }

    public NoticeTemplates(NoticeTemplateFile file) => this.file = file;

    /// <summary>The template for a kind in a region, or null when neither the region nor the default has one.</summary>
    public NoticeTemplate? For(string regionCode, string kind)
    {
        var region = file.Regions.GetValueOrDefault(regionCode);
        var fallback = file.Default.Notices.GetValueOrDefault(kind);
        var own = region?.Notices.GetValueOrDefault(kind);
        return fallback?.Over(own) ?? own;
    }

    /// <summary>The outbound channels applicants in the region are notified on (<c>sms</c>, <c>wechat</c>).</summary>
    public IReadOnlyList<string> ChannelsFor(string regionCode) =>
        file.Regions.GetValueOrDefault(regionCode)?.Channels ?? file.Default.Channels ?? [];

    public static string Render(string template, IReadOnlyDictionary<string, string?> values) =>
        Placeholder().Replace(template, match => values.GetValueOrDefault(match.Groups[1].Value) ?? "");

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
