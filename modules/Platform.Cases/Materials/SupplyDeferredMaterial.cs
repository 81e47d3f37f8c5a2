using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Files;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Materials;

/// <summary>容缺后补: a deferred material arrives; its own deadline closes (late or not, the record shows when).</summary>
internal sealed class SupplyDeferredMaterial(CaseSteps steps, MaterialStore materials, IDeadlineRegistry deadlines, FileStore files)
{
    public Task<CaseRow> HandleAsync(Guid caseId, int version, string materialCode, Guid fileId, CaseActor actor, CancellationToken cancellationToken) =>
        steps.RunAsync(caseId, version, CaseAction.SupplyDeferredMaterial, actor, async step =>
        {
            if (!(await files.OwnedAsync(step.Transaction, [fileId], actor.Id)).Contains(fileId))
                throw PlatformProblem.Invalid("case.material.file_unknown", "fileId", "文件不存在或不是由您上传的。");
            var material = (await materials.ListAsync(step.Transaction.Connection!, step.Transaction, step.Case.Id))
                .SingleOrDefault(m => m.MaterialCode == materialCode && m.Status == MaterialStatus.Deferred)
                ?? throw PlatformProblem.Invalid("case.material.not_deferred", "materialCode", $"材料 {materialCode} 不是待后补的容缺材料。");
            var deadline = await deadlines.GetAsync(step.Transaction, material.DeferredDeadlineId!.Value, cancellationToken);
            await deadlines.CloseAsync(step.Transaction, deadline.Id, step.Now, cancellationToken);
            await materials.MarkAsync(step.Transaction, step.Case.Id, materialCode, MaterialStatus.Supplied, fileId, step.Now);
            step.Record["material"] = materialCode;
            step.Record["late"] = deadline.Warning == WarningLevel.Overdue;
            return step.Case.State;
        }, cancellationToken);
}
