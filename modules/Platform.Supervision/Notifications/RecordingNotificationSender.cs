using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Notifications;

/// <summary>
/// The local stand-in for an SMS or messaging gateway: logs (at Debug) and keeps the last <see cref="Kept"/> notifications it
/// would have sent, so a demo host that runs for months does not grow without bound.
/// </summary>
internal sealed class RecordingNotificationSender(ILogger<RecordingNotificationSender> logger) : INotificationSender
{
    private const int Kept = 10_000;
    private readonly ConcurrentQueue<OutboundNotification> sent = new();

    public IReadOnlyList<OutboundNotification> Sent => [.. sent];

    public Task SendAsync(OutboundNotification notification, CancellationToken cancellationToken)
    {
        logger.LogDebug("Would send on {Channel} to {Region}/{Recipient}: {Text}", notification.Channel, notification.RegionCode,
            notification.Address ?? notification.UnitCode ?? "supervisors", notification.Text);
        sent.Enqueue(notification);
        while (sent.Count > Kept) sent.TryDequeue(out _);
        return Task.CompletedTask;
    }
}
