namespace Platform.Supervision.Notices;

/// <summary>A set of templates by notice kind, and the outbound channels applicants are reached on.</summary>
internal sealed class NoticeTemplateSet
{
    public List<string>? Channels { get; set; }
    public Dictionary<string, NoticeTemplate> Notices { get; set; } = [];
}
