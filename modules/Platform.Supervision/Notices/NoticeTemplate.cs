namespace Platform.Supervision.Notices;

/// <summary>The wording of one notice: the inbox title and body, and the SMS and WeChat texts (WeChat falls back to the body).</summary>
internal sealed class NoticeTemplate
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? Sms { get; set; }
    public string? Wechat { get; set; }

    /// <summary>This template with the fields <paramref name="region"/> sets replacing its own.</summary>
    public NoticeTemplate Over(NoticeTemplate? region) => region is null
        ? this
        : new NoticeTemplate { Title = region.Title ?? Title, Body = region.Body ?? Body, Sms = region.Sms ?? Sms, Wechat = region.Wechat ?? Wechat };
}
