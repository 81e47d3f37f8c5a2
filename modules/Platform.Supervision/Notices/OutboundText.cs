namespace Platform.Supervision.Notices;

/// <summary>One outbound text: channel (<c>sms</c>, <c>wechat</c>, <c>gov-im</c>), address (null: the gateway routes by unit), text.</summary>
internal sealed record OutboundText(string Channel, string? Address, string Text);
