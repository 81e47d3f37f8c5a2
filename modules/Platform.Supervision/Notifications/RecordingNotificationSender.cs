using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Notifications;

/// <summary>The local stand-in for an SMS or messaging gateway: logs and keeps what it would have sent.</summary>
internal sealed class RecordingNotificationSender(ILogger<RecordingNotificationSender> logger) : INotificationSender
{
    private readonly ConcurrentQueue<OutboundNotification> sent = new();

    public IReadOnlyList<OutboundNotification> Sent => [.. sent];

    public Task SendAsync(OutboundNotification notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Would send on {Channel} to {Region}/{Recipient}: {Text}", notification.Channel, notification.RegionCode,
            notification.Address ?? notification.UnitCode ?? "supervisors", notification.Text);
        sent.Enqueue(notification);
        return Task.CompletedTask;
    }
}
