using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Plugins.Heshan.Shared;
using Npgsql;

namespace Platform.Plugins.Heshan.Documents;

/// <summary>
/// Moves a document along its route. Each step locks the document, checks the If-Match version, closes
/// the step's deadline, seals the answer and opens the next stage's deadline, all in one transaction.
/// </summary>
internal sealed class RouteSteps(ITransactionRunner transactions, Deadlines deadlines, IAuditTrail audit, IClock clock)
{
    public Task AnswerOpinionAsync(Guid id, int version, string unitCode, OpinionRequest request, HeshanActor actor, CancellationToken ct) =>
        RunAsync(id, version, DocumentStates.Soliciting, actor, "heshan.document.opinion", async (tx, document, steps, now) =>
        {
            HeshanAccess.DemandUnit(actor, unitCode, "出具本单位意见");
            var step = steps.FirstOrDefault(s => s.Stage == DocumentStates.OpinionStage && s.UnitCode == unitCode)
                       ?? throw PlatformProblem.NotFound("heshan.document.step_not_found", "该部门不在本公文的征求意见范围内。");
            if (step.CompletedAt is not null) throw PlatformProblem.Conflict("heshan.document.step_done", "本单位已出具意见。");
            var opinion = Required(request.Opinion, "opinion", "请填写意见。");
            await CompleteAsync(tx, step, now, actor, request.Agrees, opinion, document.Number, ct);
            if (steps.Count(s => s.Stage == DocumentStates.OpinionStage && s.CompletedAt is null) == 1)
            {
                await OpenAsync(tx, steps.Single(s => s.Stage == DocumentStates.SignOffStage), DeadlineSubjects.SignOff, now, ct);
                document.State = DocumentStates.SigningOff;
            }

            return new { unitCode, request.Agrees };
        }, ct);

    public Task SignOffAsync(Guid id, int version, SignOffRequest request, HeshanActor actor, bool isLeader, CancellationToken ct) =>
        RunAsync(id, version, DocumentStates.SigningOff, actor, "heshan.document.sign_off", async (tx, document, steps, now) =>
        {
            var step = steps.Single(s => s.Stage == DocumentStates.SignOffStage);
            HeshanAccess.DemandUnit(actor, step.UnitCode, "签批本公文");
            if (!isLeader) throw PlatformProblem.Forbidden("identity.forbidden", "只有领导可以签批公文。");
            var opinion = Required(request.Opinion, "opinion", "请填写签批意见。");
            await CompleteAsync(tx, step, now, actor, request.Approve, opinion, document.Number, ct);
            if (request.Approve)
            {
                await OpenAsync(tx, steps.Single(s => s.Stage == DocumentStates.ActionStage), DeadlineSubjects.Action, now, ct);
                document.State = DocumentStates.HandedDown;
            }
            else
            {
                document.State = DocumentStates.NotApproved;
                document.CompletedAt = now.UtcDateTime;
            }

            return new { request.Approve };
        }, ct);

    public Task CompleteActionAsync(Guid id, int version, CompleteActionRequest request, HeshanActor actor, CancellationToken ct) =>
        RunAsync(id, version, DocumentStates.HandedDown, actor, "heshan.document.done", async (tx, document, steps, now) =>
        {
            var step = steps.Single(s => s.Stage == DocumentStates.ActionStage);
            HeshanAccess.DemandUnit(actor, step.UnitCode, "报告落实情况");
            var note = Required(request.Note, "note", "请填写落实情况。");
            await CompleteAsync(tx, step, now, actor, null, note, document.Number, ct);
            document.State = DocumentStates.Done;
            document.CompletedAt = now.UtcDateTime;
            return new { step.UnitCode };
        }, ct);

    private Task RunAsync(Guid id, int version, string requiredState, HeshanActor actor, string action,
        Func<NpgsqlTransaction, DocumentRow, IReadOnlyList<DocumentStepRow>, DateTimeOffset, Task<object>> apply, CancellationToken ct) =>
        transactions.RunAsync(async tx =>
        {
            var document = await DocumentStore.LockAsync(tx, id);
            Versions.Require(version, document.Version, "公文");
            if (document.State != requiredState)
                throw PlatformProblem.Conflict("heshan.document.state_invalid", $"公文当前{DocumentStates.Chinese(document.State)}，不能执行此操作。");
            var now = clock.Now;
            var data = await apply(tx, document, await DocumentStore.StepsAsync(tx, id), now);
            document.Version++;
            await DocumentStore.UpdateAsync(tx, document);
            await audit.AppendAsync(tx, new AuditEntry(document.RegionCode, actor.Id, action, "heshan-document", document.Number, data), ct);
            return document.Version;
        }, ct);

    private async Task CompleteAsync(NpgsqlTransaction tx, DocumentStepRow step, DateTimeOffset now, HeshanActor actor, bool? agrees, string text,
        string number, CancellationToken ct)
    {
        await deadlines.CloseAsync(tx, step.DeadlineId!.Value, now, ct);
        await DocumentStore.CompleteStepAsync(tx, step.Id, now, actor.Id, actor.Name, agrees, text,
            Seals.Of(step.UnitCode, $"{number}/{step.Stage}", $"{agrees}\n{text}"));
    }

    private async Task OpenAsync(NpgsqlTransaction tx, DocumentStepRow step, string subjectType, DateTimeOffset now, CancellationToken ct)
    {
        var (deadlineId, due) = await deadlines.OpenAsync(tx, subjectType, step.Id.ToString(), now, step.LimitDays, ct);
        await DocumentStore.OpenStepAsync(tx, step.Id, now, deadlineId, due);
    }

    private static string Required(string? text, string field, string rule) =>
        string.IsNullOrWhiteSpace(text) || text.Length > 2000 ? throw PlatformProblem.Invalid("heshan.document.text_required", field, rule + "（不超过 2000 字）") : text.Trim();
}
