using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Cases.Contracts;
using Platform.Cases.Correction;
using Platform.Cases.Decision;
using Platform.Cases.Delivery;
using Platform.Cases.Domain;
using Platform.Cases.Intake;
using Platform.Cases.Materials;
using Platform.Cases.Review;
using Platform.Cases.Tracking;
using Platform.Cases.Verification;
using Platform.Cases.Withdrawal;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Api;

/// <summary>
/// One POST per step under <c>/api/v1/cases/{id}/…</c>. Each takes the case version in If-Match,
/// answers with the case and its new ETag, 409 when someone moved first or the state forbids the step.
/// </summary>
internal static class CaseStepEndpoints
{
    private delegate Task<CaseRow> Step(IServiceProvider services, Guid id, int version, CaseActor actor, CancellationToken cancellationToken);

    public static void MapCaseSteps(this RouteGroupBuilder api)
    {
        var steps = api.MapGroup("/cases/{id:guid}").RequireAuthorization();
        Map(steps, "accept", CaseAction.Accept, "受理",
            (s, id, v, a, ct) => s.GetRequiredService<AcceptCase>().AcceptAsync(id, v, a, ct));
        Map<TolerantAcceptRequest>(steps, "tolerant-accept", CaseAction.TolerantAccept, "容缺受理",
            (r, s, id, v, a, ct) => s.GetRequiredService<AcceptCase>().TolerantAcceptAsync(id, v, r.CommitmentLetterSigned, a, ct,
                r.DeferredMaterials));
        Map<CommitmentRequest>(steps, "accept-on-commitment", CaseAction.AcceptOnCommitment, "告知承诺受理并决定",
            (r, s, id, v, a, ct) => s.GetRequiredService<AcceptCase>().AcceptOnCommitmentAsync(id, v, r.CommitmentLetterSigned, a, ct));
        Map<ReasonRequest>(steps, "reject", CaseAction.RejectAtIntake, "不予受理",
            (r, s, id, v, a, ct) => s.GetRequiredService<RejectAtIntake>().HandleAsync(id, v, r.Reason ?? "", a, ct));
        Map<CorrectionRequest>(steps, "corrections", CaseAction.RequestCorrection, "一次性告知补正",
            (r, s, id, v, a, ct) => s.GetRequiredService<CorrectionSteps>().RequestAsync(id, v, r.Items ?? [], a, ct));
        Map<AnswerCorrectionRequest>(steps, "corrections/answer", CaseAction.AnswerCorrection, "提交补正材料",
            (r, s, id, v, a, ct) => s.GetRequiredService<CorrectionSteps>().AnswerAsync(id, v,
                (r.Materials ?? []).Select(m => new SubmittedMaterial(m.MaterialCode ?? "", m.FileId, m.LicenceReference)).ToList(), a, ct));
        Map<ReviewOpinionRequest>(steps, "review", CaseAction.CompleteReviewStep, "出具审查意见",
            (r, s, id, v, a, ct) => s.GetRequiredService<ReviewSteps>().CompleteStepAsync(id, v, r.Agrees, r.Opinion ?? "", a, ct));
        Map<SuspendRequest>(steps, "suspend", CaseAction.Suspend, "挂起（特别程序）",
            (r, s, id, v, a, ct) => s.GetRequiredService<ReviewSteps>().SuspendAsync(id, v, r.Procedure ?? "", r.Reason ?? "", a, ct));
        Map<ResumeRequest>(steps, "resume", CaseAction.Resume, "恢复计时",
            (r, s, id, v, a, ct) => s.GetRequiredService<ReviewSteps>().ResumeAsync(id, v, r.Result, a, ct));
        Map<ExtendRequest>(steps, "extend", CaseAction.Extend, "延期",
            (r, s, id, v, a, ct) => s.GetRequiredService<ReviewSteps>().ExtendAsync(id, v, r.WorkingDays, r.Reason ?? "", a, ct));
        Map<DecideRequest>(steps, "decide", CaseAction.Decide, "作出决定",
            (r, s, id, v, a, ct) => s.GetRequiredService<DecideCase>().HandleAsync(id, v, r.Approve, r.Reasons ?? "", r.LegalBasis, a, ct));
        Map<DeliverRequest>(steps, "deliver", CaseAction.Deliver, "送达",
            (r, s, id, v, a, ct) => s.GetRequiredService<DeliverResult>().HandleAsync(id, v, r.Method, r.TrackingNumber, r.Note, a, ct));
        Map<DeliveryChoiceInput>(steps, "delivery-choice", CaseAction.ChooseDelivery, "变更送达方式（寄出前）",
            (r, s, id, v, a, ct) => s.GetRequiredService<ChooseDelivery>().HandleAsync(id, v, r, a, ct));
        Map<ConfirmDeliveryRequest>(steps, "delivery/confirm", CaseAction.ConfirmDelivery, "确认签收（快递签收或窗口领取）",
            (r, s, id, v, a, ct) => s.GetRequiredService<DeliveryOutcome>().ConfirmAsync(id, v, r.ReceivedBy, a, ct));
        Map<DeliveryFailedRequest>(steps, "delivery/failed", CaseAction.ReportDeliveryFailure, "投递失败：重新寄送或改为窗口领取",
            (r, s, id, v, a, ct) => s.GetRequiredService<DeliveryOutcome>().FailAsync(id, v, r.Reason ?? "", r.Next ?? "", r.TrackingNumber, a, ct));
        Map<ReasonRequest>(steps, "withdraw", CaseAction.Withdraw, "撤件（作出决定前）",
            (r, s, id, v, a, ct) => s.GetRequiredService<WithdrawCase>().HandleAsync(id, v, r.Reason ?? "", a, ct));
        Map<RevokeRequest>(steps, "revoke", CaseAction.Revoke, "撤销或注销已作出的决定及其证照",
            (r, s, id, v, a, ct) => s.GetRequiredService<RevokeDecision>().HandleAsync(id, v, r.Kind ?? "", r.LegalGround ?? "", a, ct));
        Map<VerificationRequest>(steps, "verification", CaseAction.RecordVerification, "记录告知承诺核查结果（属实，或承诺不实并撤销决定）",
            (r, s, id, v, a, ct) => s.GetRequiredService<RecordVerification>().HandleAsync(id, v, r.Verified, r.Findings, a, ct));
        steps.MapPost("deferred-materials/{code}", async (Guid id, string code, SupplyRequest request, HttpContext http, CancellationToken ct) =>
                await RunAsync(http, id, CaseAction.SupplyDeferredMaterial,
                    (s, caseId, v, a, c) => s.GetRequiredService<SupplyDeferredMaterial>().HandleAsync(caseId, v, code, request.FileId, a, c), ct))
            .WithName("SupplyDeferredMaterial").WithSummary("补交容缺材料");
    }

    private static void Map(RouteGroupBuilder group, string path, CaseAction action, string summary, Step step) =>
        group.MapPost(path, (Guid id, HttpContext http, CancellationToken ct) => RunAsync(http, id, action, step, ct))
            .WithName($"Case{action}").WithSummary(summary);

    private static void Map<TRequest>(RouteGroupBuilder group, string path, CaseAction action, string summary,
        Func<TRequest, IServiceProvider, Guid, int, CaseActor, CancellationToken, Task<CaseRow>> step) =>
        group.MapPost(path, (Guid id, TRequest request, HttpContext http, CancellationToken ct) =>
                RunAsync(http, id, action, (s, caseId, v, a, c) => step(request, s, caseId, v, a, c), ct))
            .WithName($"Case{action}").WithSummary(summary);

    private static async Task<Ok<CaseView>> RunAsync(HttpContext http, Guid id, CaseAction action, Step step, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var queries = services.GetRequiredService<CaseQueries>();
        var view = await services.GetRequiredService<CaseAccess>().DemandVisibleAsync(await queries.GetAsync(id, cancellationToken), cancellationToken);
        var actor = await services.GetRequiredService<CaseAccess>().DemandStepAsync(view, action, cancellationToken);
        var version = CaseVersion.FromIfMatch(http.Request);
        var row = await step(services, id, version, actor, cancellationToken);
        var after = await queries.GetAsync(row.Id, cancellationToken) ?? throw PlatformProblem.NotFound("case.not_found", "办件不存在。");
        http.Response.Headers.ETag = CaseVersion.ETag(after.Version);
        return TypedResults.Ok(after);
    }
}
