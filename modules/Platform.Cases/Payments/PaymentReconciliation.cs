using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Database;

namespace Platform.Cases.Payments;

/// <summary>
/// 对账: compares a region's orders of a period, one page at a time, with the provider's records of each.
/// A mismatch is an order we think paid that the provider has not, a charge the provider took that we do not
/// show as paid, a refund on one side only, an amount that differs, or more than one successful charge.
/// </summary>
internal sealed class PaymentReconciliation(NpgsqlDataSource dataSource, PaymentOrders orders, IPaymentProvider provider)
{
    public async Task<ReconciliationPage> RunAsync(string regionCode, DateTimeOffset from, DateTimeOffset to, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(page, 1);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var batch = await orders.OfRegionAsync(connection, regionCode, from, to, Pages.Offset(page, pageSize), pageSize);
        var mismatches = new List<PaymentMismatch>();
        foreach (var (order, number) in batch)
        {
            var records = await provider.RecordsOfAsync(order.Id, cancellationToken);
            if (Compare(order, records) is { } problem)
                mismatches.Add(new PaymentMismatch(order.Id, number, order.State, ProviderState(records), problem));
        }

        return new ReconciliationPage(batch.Count, mismatches, page, pageSize);
    }

    internal static string? Compare(PaymentOrderView order, IReadOnlyList<ProviderCharge> records)
    {
        var paid = records.Where(r => r.Outcome == PaymentStates.Paid).ToList();
        var refunded = records.Any(r => r.Outcome == PaymentStates.Refunded);
        if (paid.Count > 1) return "重复扣款：支付平台有多笔成功扣款";
        if (paid.Count == 1 && paid[0].AmountFen != order.AmountFen) return "金额不一致";
        return order.State switch
        {
            PaymentStates.Paid when paid.Count == 0 => "本地已支付，支付平台无成功扣款",
            PaymentStates.Paid when refunded => "支付平台已退款，本地仍为已支付",
            PaymentStates.Refunded when !refunded => "本地已退款，支付平台无退款记录",
            PaymentStates.Pending or PaymentStates.Failed when paid.Count == 1 && !refunded => "支付平台已扣款，本地未记为已支付",
            _ => null,
        };
    }

    private static string ProviderState(IReadOnlyList<ProviderCharge> records) =>
        records.Any(r => r.Outcome == PaymentStates.Refunded) ? PaymentStates.Refunded
        : records.Any(r => r.Outcome == PaymentStates.Paid) ? PaymentStates.Paid
        : records.Count > 0 ? PaymentStates.Failed
        : "None";
}

/// <summary>One page of orders checked, with the mismatches found among them.</summary>
internal sealed record ReconciliationPage(int OrdersChecked, IReadOnlyList<PaymentMismatch> Mismatches, int Page, int PageSize);
