using Microsoft.AspNetCore.Http;
using Platform.Cases.Api;
using Platform.Cases.Components.Pages;
using Platform.Cases.Contracts;
using Platform.Cases.Correction;
using Platform.Cases.Domain;
using Platform.Cases.Files;
using Platform.Cases.Materials;
using Platform.Kernel.Errors;

namespace Platform.Cases.Components.Applicant;

/// <summary>
/// The applicant's uploads posted from the case page, through the same services and checks as the API: the answer to a correction
/// notice (a file for every listed material, then one step) and deferred materials (each uploaded one supplied in turn).
/// </summary>
internal sealed class ApplicantUploadRunner(CaseAccess access, FileStore files, CorrectionSteps corrections, SupplyDeferredMaterial supply)
{
    public static bool Handles(string? action) => action is nameof(CaseAction.AnswerCorrection) or nameof(CaseAction.SupplyDeferredMaterial);

    public async Task RunAsync(CaseView view, CaseStepForm form, IFormFileCollection posted, CancellationToken cancellationToken)
    {
        if (form.Action == nameof(CaseAction.AnswerCorrection)) await AnswerCorrectionAsync(view, form.Version, posted, cancellationToken);
        else await SupplyDeferredAsync(view, form.Version, posted, cancellationToken);
    }

    private async Task AnswerCorrectionAsync(CaseView view, int version, IFormFileCollection posted, CancellationToken cancellationToken)
    {
        var actor = await access.DemandStepAsync(view, CaseAction.AnswerCorrection, cancellationToken);
        var listed = CorrectionNotice.Of(view).Materials.ToList();
        var missing = listed.Where(item => Posted(posted, $"correction.{item.MaterialCode}") is null)
            .ToDictionary(item => $"correction.{item.MaterialCode}", item => new[] { $"请上传补正后的“{item.MaterialName}”。" });
        if (missing.Count > 0)
            throw new PlatformProblem(400, "case.correction.file_required", "补正材料不齐", $"还有 {missing.Count} 项补正材料未上传。") { Errors = missing };

        var supplied = new List<SubmittedMaterial>();
        foreach (var item in listed)
        {
            var stored = await SaveAsync(Posted(posted, $"correction.{item.MaterialCode}")!, actor.Id, cancellationToken);
            supplied.Add(new SubmittedMaterial(item.MaterialCode!, stored, null));
        }

        await corrections.AnswerAsync(view.Id, version, supplied, actor, cancellationToken);
    }

    private async Task SupplyDeferredAsync(CaseView view, int version, IFormFileCollection posted, CancellationToken cancellationToken)
    {
        var actor = await access.DemandStepAsync(view, CaseAction.SupplyDeferredMaterial, cancellationToken);
        var deferred = view.Materials.Where(m => m.Status == nameof(MaterialStatus.Deferred)).ToList();
        var uploads = deferred.Select(m => (Material: m, File: Posted(posted, $"deferred.{m.Code}"))).Where(u => u.File is not null).ToList();
        if (uploads.Count == 0)
            throw new PlatformProblem(400, "case.material.file_required", "未选择文件", "请至少上传一项容缺材料。")
            {
                Errors = deferred.ToDictionary(m => $"deferred.{m.Code}", m => new[] { $"请上传“{m.Name}”。" }),
            };

        foreach (var (material, file) in uploads)
        {
            var stored = await SaveAsync(file!, actor.Id, cancellationToken);
            version = (await supply.HandleAsync(view.Id, version, material.Code, stored, actor, cancellationToken)).Version;
        }
    }

    private static IFormFile? Posted(IFormFileCollection posted, string name) => posted.GetFile(name) is { Length: > 0 } file ? file : null;

    private async Task<Guid> SaveAsync(IFormFile file, string ownerId, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return (await files.SaveAsync(stream, file.FileName, file.ContentType, ownerId, cancellationToken)).Id;
    }
}
