namespace Platform.Supervision.Contracts;

/// <summary>
/// A text on a channel (<c>sms</c>, <c>wechat</c>, <c>gov-im</c>) for a unit (no unit and no address: the region's
/// supervisors) or, with an <see cref="Address"/>, for an applicant. <see cref="Id"/> is stable across retries, so a
/// gateway can drop duplicates.
/// </summary>
public sealed record OutboundNotification(Guid Id, string RegionCode, string? UnitCode, string Channel, string Text)
{
    /// <summary>Where to send it: an applicant's mobile number (sms) or platform user id (wechat); null for a unit's messages.</summary>
    public string? Address { get; init; }
}
