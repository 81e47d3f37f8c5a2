using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Documents;

/// <summary>
/// Files a document (一文直办) and opens every department's opinion step at once, each with its own
/// deadline in the registry; the sign-off and hand-down steps wait until the route reaches them.
/// A retry with the same Idempotency-Key returns the document the first attempt filed.
/// </summary>
internal sealed class FileDocument(ITransactionRunner transactions, IOrganisationDirectory directory, Deadlines deadlines, IAuditTrail audit, IClock clock)
{
    private const int MaxWorkingDays = 60;

    public async Task<(Guid Id, bool Created)> HandleAsync(FileDocumentRequest request, HeshanActor actor, string key, CancellationToken cancellationToken)
    {
        var filingUnit = actor.UnitCode ?? throw PlatformProblem.Forbidden("identity.forbidden", "您不属于任何单位，不能发文。");
        var route = await ValidateAsync(request, cancellationToken);
        var hash = IdempotencyKeys.Hash(request);
        return await transactions.RunAsync(async tx =>
        {
            if (await IdempotencyKeys.FindAsync(tx, actor.Id, key, hash) is { } earlier) return (earlier, false);
            var now = clock.Now;
            var row = new DocumentRow
            {
                Id = Ids.New(), RegionCode = HeshanModule.RegionCode, Number = $"鹤一文〔{BusinessTime.DateOf(now).Year}〕{await Numbers.NextAsync(tx, "document", now)}号",
                Title = request.Title!.Trim(), Body = request.Body!.Trim(), FilingUnit = filingUnit, FiledBy = actor.Id, FiledByName = actor.Name,
                FiledAt = now.UtcDateTime, State = DocumentStates.Soliciting, Version = 1,
            };
            await DocumentStore.InsertAsync(tx, row);
            for (var i = 0; i < route.Departments.Count; i++)
            {
                var step = route.Departments[i];
                var id = Ids.New();
                var (deadlineId, due) = await deadlines.OpenAsync(tx, DeadlineSubjects.Opinion, id.ToString(), now, step.WorkingDays, cancellationToken);
                await DocumentStore.InsertStepAsync(tx, new DocumentStepRow
                {
                    Id = id, DocumentId = row.Id, Stage = DocumentStates.OpinionStage, Ordinal = i + 1, UnitCode = step.UnitCode!,
                    LimitDays = step.WorkingDays, OpenedAt = now.UtcDateTime, DeadlineId = deadlineId, DueDate = due,
                });
            }

            await DocumentStore.InsertStepAsync(tx, Waiting(row.Id, DocumentStates.SignOffStage, route.SignOff));
            await DocumentStore.InsertStepAsync(tx, Waiting(row.Id, DocumentStates.ActionStage, route.HandDown));
            await IdempotencyKeys.RememberAsync(tx, actor.Id, key, hash, row.Id, now);
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor.Id, "heshan.document.filed", "heshan-document", row.Number,
                new { row.Title, departments = route.Departments.Select(d => d.UnitCode), signOff = route.SignOff.UnitCode, handDown = route.HandDown.UnitCode }),
                cancellationToken);
            return (row.Id, true);
        }, cancellationToken);
    }

    private static DocumentStepRow Waiting(Guid documentId, string stage, RouteStepRequest step) => new()
    {
        Id = Ids.New(), DocumentId = documentId, Stage = stage, Ordinal = 1, UnitCode = step.UnitCode!, LimitDays = step.WorkingDays,
    };

    private async Task<(IReadOnlyList<RouteStepRequest> Departments, RouteStepRequest SignOff, RouteStepRequest HandDown)> ValidateAsync(
        FileDocumentRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200)
            throw PlatformProblem.Invalid("heshan.document.title_required", "title", "请填写公文标题（不超过 200 字）。");
        if (string.IsNullOrWhiteSpace(request.Body))
            throw PlatformProblem.Invalid("heshan.document.body_required", "body", "请填写公文正文或办理事由。");
        if (request.Departments is not { Count: > 0 } departments)
            throw PlatformProblem.Invalid("heshan.document.departments_required", "departments", "请至少选择一个征求意见的部门。");
        var units = (await directory.UnitsAsync(HeshanModule.RegionCode, cancellationToken)).Select(u => u.Code).ToHashSet();
        for (var i = 0; i < departments.Count; i++) Check(departments[i], $"departments[{i}]", units);
        if (departments.Select(d => d.UnitCode).Distinct().Count() != departments.Count)
            throw PlatformProblem.Invalid("heshan.document.department_duplicate", "departments", "同一部门只能征求一次意见。");
        var signOff = request.SignOff ?? throw PlatformProblem.Invalid("heshan.document.sign_off_required", "signOff", "请指定签批领导所在单位及时限。");
        var handDown = request.HandDown ?? throw PlatformProblem.Invalid("heshan.document.hand_down_required", "handDown", "请指定交办落实单位及时限。");
        Check(signOff, "signOff", units);
        Check(handDown, "handDown", units);
        return (departments, signOff, handDown);
    }

    private static void Check(RouteStepRequest step, string field, HashSet<string> units)
    {
        if (string.IsNullOrWhiteSpace(step.UnitCode) || !units.Contains(step.UnitCode))
            throw PlatformProblem.Invalid("heshan.document.unit_unknown", $"{field}.unitCode", $"鹤山市没有编码为“{step.UnitCode}”的单位。");
        if (step.WorkingDays is < 1 or > MaxWorkingDays)
            throw PlatformProblem.Invalid("heshan.document.limit_invalid", $"{field}.workingDays", $"时限须为 1 至 {MaxWorkingDays} 个工作日。");
    }
}
