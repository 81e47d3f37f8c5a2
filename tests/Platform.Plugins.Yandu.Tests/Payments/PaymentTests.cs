using System.Net;
using Platform.Cases.Contracts;
using Platform.Testing;

namespace Platform.Plugins.Yandu.Tests.Payments;

[Collection(nameof(YanduHost))]
public sealed class PaymentTests(YanduHost yandu)
{
    [Fact]
    public async Task Should_charge_once_when_a_payment_fails_then_succeeds_and_is_retried()
    {
        yandu.Clock.Set(TestClock.At(2026, 11, 2, 10));
        var citizen = await yandu.CitizenTokenAsync();
        var id = (await yandu.SubmitAsync(citizen, YanduHost.PropertyTransfer, null, "M01", "M03", "M04", "M05")).GetProperty("id").GetGuid();

        var (opened, order) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/payment", citizen, new { });
        opened.ShouldBe(HttpStatusCode.OK, order.ToString());
        order.GetProperty("amountFen").GetInt64().ShouldBe(8000);
        order.GetProperty("state").GetString().ShouldBe("Pending");

        var (_, declined) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/payment/pay", citizen, new { payerToken = "decline-card" }, idempotencyKey: "k1");
        declined.GetProperty("state").GetString().ShouldBe("Failed");
        var (_, repeated) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/payment/pay", citizen, new { payerToken = "good-card" }, idempotencyKey: "k1");
        repeated.GetProperty("state").GetString().ShouldBe("Failed");
        var (_, paid) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/payment/pay", citizen, new { payerToken = "good-card" }, idempotencyKey: "k2");
        paid.GetProperty("state").GetString().ShouldBe("Paid");
        var (_, again) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/payment/pay", citizen, new { payerToken = "good-card" }, idempotencyKey: "k3");

        again.GetProperty("state").GetString().ShouldBe("Paid");
        again.GetProperty("attempts").GetInt32().ShouldBe(2);
        var records = await yandu.Get<IPaymentProvider>().RecordsOfAsync(order.GetProperty("id").GetGuid(), default);
        records.Count(r => r.Outcome == "Paid").ShouldBe(1);
    }

    [Fact]
    public async Task Should_list_a_charge_the_provider_took_twice_as_a_reconciliation_mismatch()
    {
        yandu.Clock.Set(TestClock.At(2026, 11, 3, 10));
        var citizen = await yandu.CitizenTokenAsync();
        var clerk = await yandu.StaffTokenAsync("clerk");
        var id = (await yandu.SubmitAsync(citizen, YanduHost.PropertyTransfer, null, "M01", "M03", "M04", "M05")).GetProperty("id").GetGuid();
        var (_, order) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/payment", citizen, new { });
        await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/payment/pay", citizen, new { payerToken = "good-card" }, idempotencyKey: "p1");
        var orderId = order.GetProperty("id").GetGuid();
        var (_, clean) = await yandu.SendAsync(HttpMethod.Get, "/api/v1/payments/reconciliation?from=2026-11-03&to=2026-11-03", clerk);
        clean.GetProperty("mismatches").EnumerateArray().ShouldNotContain(m => m.GetProperty("orderId").GetGuid() == orderId);

        await yandu.Get<IPaymentProvider>().ChargeAsync(new ChargeRequest(orderId, "outside-the-platform", 8000, "重复扣款", "good-card"), default);
        var (status, report) = await yandu.SendAsync(HttpMethod.Get, "/api/v1/payments/reconciliation?from=2026-11-03&to=2026-11-03", clerk);

        status.ShouldBe(HttpStatusCode.OK, report.ToString());
        report.GetProperty("mismatches").EnumerateArray().Single(m => m.GetProperty("orderId").GetGuid() == orderId)
            .GetProperty("problem").GetString().ShouldBe("重复扣款：支付平台有多笔成功扣款");
    }
}
