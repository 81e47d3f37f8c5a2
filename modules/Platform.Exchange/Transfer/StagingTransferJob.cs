using Platform.Kernel.Scheduling;

namespace Platform.Exchange.Transfer;

/// <summary>The scheduled run of the transfer (every <c>Exchange:TransferSeconds</c>).</summary>
internal sealed class StagingTransferJob(StagingTransfer transfer) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => transfer.RunAsync(cancellationToken);
}
