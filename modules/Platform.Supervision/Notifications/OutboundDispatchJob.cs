using Platform.Kernel.Scheduling;

namespace Platform.Supervision.Notifications;

/// <summary>Sends what the case notices and warnings left in the outbox, every <c>Supervision:OutboundSeconds</c>.</summary>
internal sealed class OutboundDispatchJob(OutboundDispatcher dispatcher) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => dispatcher.SendPendingAsync(cancellationToken);
}
