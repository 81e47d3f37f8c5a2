using Platform.Exchange.Outbox;
using Platform.Exchange.Reconciliation;
using Platform.Kernel.Cli;

namespace Platform.Exchange.Cli;

/// <summary><c>exchange reconcile --region CODE</c>: prints what the province has not accepted and every mismatch; exit 1 when any.</summary>
internal sealed class ExchangeReconcileVerb(Reconciler reconciler) : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["exchange", "reconcile"];

    public string Summary => "list exchange rows the province has not accepted and outbox/staging mismatches (--region CODE); exit 1 when any";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments is not ["--region", var region])
        {
            await output.WriteLineAsync("用法 / usage: exchange reconcile --region CODE");
            return 2;
        }

        var report = await reconciler.ReportAsync(region, 1, 100, cancellationToken);
        await output.WriteLineAsync($"{region}: 已接收 {report.Accepted} 条，未接收 {report.Outstanding} 条，不一致 {report.Mismatches.Count} 条");
        foreach (var row in report.Items)
            await output.WriteLineAsync(
                $"未接收 {row.Seq} {row.BusinessKey} {StagingTables.Chinese(row.StagingTable)} 状态={row.State} 次数={row.Attempts} {row.LastError}".TrimEnd());
        foreach (var mismatch in report.Mismatches)
            await output.WriteLineAsync($"不一致 {mismatch.BusinessKey} {StagingTables.Chinese(mismatch.StagingTable)} {mismatch.Problem}");
        return report.Clean ? 0 : 1;
    }
}
