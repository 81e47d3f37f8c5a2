namespace Platform.Supervision.Contracts;

/// <summary>
/// The outbound seam: SMS or the government messaging app (政务微信/钉钉). The platform calls it after the
/// inbox message committed, retries until it returns, and never sends one notification twice. The default
/// registration records what it would send; a deployment replaces it with a gateway client.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(OutboundNotification notification, CancellationToken cancellationToken);
}
