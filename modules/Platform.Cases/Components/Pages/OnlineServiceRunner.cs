using Platform.Cases.Api;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Payments;
using Platform.Cases.Signing;
using Platform.Kernel.Errors;

namespace Platform.Cases.Components.Pages;

/// <summary>
/// The applicant's online services on the case page, through the same services as the API: e-signing the application
/// or the commitment letter, and paying the fee (the order is opened on first payment; the form's key makes a re-post harmless).
/// </summary>
internal sealed class OnlineServiceRunner(CaseAccess access, CaseSignatures signatures, CasePayments payments, IMatterTermsSource matters)
{
    public const string Sign = "Sign";
    public const string Pay = "Pay";

    public static bool Handles(string? action) => action is Sign or Pay;

    /// <summary>What the caller may do now: the documents still to sign and the fee still to pay, for the case's applicant only.</summary>
    public async Task<OnlineServiceOffer> OfferAsync(CaseView view, CancellationToken cancellationToken)
    {
        if (!access.IsApplicant || CaseTransitions.IsFinal(Enum.Parse<CaseState>(view.State))) return OnlineServiceOffer.None;
        var unsigned = new[] { "application", "commitment" }.Where(d => view.Signatures.All(s => s.Document != d)).ToList();
        if (view.Payment is { State: PaymentStates.Paid or PaymentStates.Refunded }) return new OnlineServiceOffer(unsigned, null);
        var matter = await matters.VersionAsync(view.MatterVersionId, cancellationToken);
        var (name, amount) = view.Payment is { } order ? (order.FeeName, order.AmountFen)
            : FeeSchedule.Due(matter) is { } due ? (due.Name, due.AmountFen) : (null, 0);
        if (name is null) return new OnlineServiceOffer(unsigned, null);
        return new OnlineServiceOffer(unsigned, new PaymentBill(name, amount, matter.Fees?.FirstOrDefault(f => f.Name == name)?.Basis));
    }

    public async Task RunAsync(CaseView view, CaseStepForm form, CancellationToken cancellationToken)
    {
        if (!access.IsApplicant)
            throw PlatformProblem.Forbidden("identity.forbidden", "只有申请人本人可以签名和缴费。");
        var actor = await access.CurrentAsync(view.RegionCode, cancellationToken);
        if (form.Action == Sign)
        {
            await signatures.SignAsync(view.Id, form.Document ?? "", actor, cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(form.PayerToken))
            throw PlatformProblem.Invalid("case.payment.payer_token_required", "payerToken", "请选择支付方式。");
        if (string.IsNullOrWhiteSpace(form.PaymentKey) || form.PaymentKey.Length > 100)
            throw PlatformProblem.Invalid("request.idempotency_key_required", "paymentKey", "缴费表单已失效，请刷新页面后重试。");
        await payments.OpenAsync(view.Id, null, actor, cancellationToken);
        await payments.PayAsync(view.Id, form.PaymentKey, form.PayerToken.Trim(), actor, cancellationToken);
    }
}
