namespace Platform.Supervision.Notices;

/// <summary><c>Seed/notice-templates.yaml</c>: the default wording and each region's overrides.</summary>
internal sealed class NoticeTemplateFile
{
    public NoticeTemplateSet Default { get; set; } = new();
    public Dictionary<string, NoticeTemplateSet> Regions { get; set; } = [];
}
