using Platform.Cases.Domain;
using Platform.Cases.Sharing;
using Platform.Cases.Submission;
using Platform.Cases.Workflow;
using Platform.Kernel.Time;

namespace Platform.Cases.Api;

/// <summary>
/// The rules an application must meet before a case is created, the same for the API and the apply page, every error at once:
/// each field filled; and an applicant applying online must hand in (or have shared data stand for) every material the window could
/// not accept without — each core material, and every required one when the matter allows no tolerant acceptance (不适用容缺).
/// A window clerk may take in an incomplete application, to correct or tolerant-accept it.
/// </summary>
internal sealed class ApplicationInput(IMatterTermsSource matters, SharedMaterials shared, IClock clock)
{
    public async Task<SubmitCaseCommand> ToCommandAsync(SubmitCaseRequest request, CaseAccess access, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var command = SubmissionInput.Read(request, access, errors);
        var online = access.IsApplicant && !string.IsNullOrWhiteSpace(request.RegionCode) && !string.IsNullOrWhiteSpace(request.MatterCode);
        var missing = online ? await MissingAsync(request, command, access, cancellationToken) : [];
        foreach (var material in missing) errors.Add($"materials.{material.Code}", $"请上传“{material.Name}”。");
        if (missing.Count > 0)
            throw errors.ToProblem(422, "case.application.incomplete", "申请不完整",
                new Dictionary<string, object?> { ["missing"] = missing.Select(m => m.Name).ToArray() });

        if (errors.Any) throw errors.ToProblem(400, "request.field_invalid", "请求内容不合规");
        return command!;
    }

    /// <summary>The materials an online application lacks that the window could not accept without.</summary>
    private async Task<IReadOnlyList<MaterialTerms>> MissingAsync(SubmitCaseRequest request, SubmitCaseCommand? command, CaseAccess access,
        CancellationToken cancellationToken)
    {
        var matter = await matters.InForceAsync(request.RegionCode!.Trim(), request.MatterCode!.Trim(), clock.Now, cancellationToken);
        var handedIn = (request.Materials ?? []).Where(m => m.FileId is not null || !string.IsNullOrWhiteSpace(m.LicenceReference))
            .Select(m => m.MaterialCode?.Trim()).OfType<string>().ToHashSet();
        var needed = matter.Materials.Where(m => m.Required && (m.Core || !matter.AllowsTolerantAcceptance) && !handedIn.Contains(m.Code)).ToList();
        if (needed.Count == 0 || !needed.Any(m => m.Shareable)) return needed;
        var lookup = command ?? new SubmitCaseCommand(matter.RegionCode, matter.Code,
            new ApplicantDetails(access.UserId, access.DisplayName, access.EnterpriseId is null ? "citizen" : "enterprise", access.EnterpriseId),
            "online", "{}", []);
        var found = await shared.FindAsync(matter, lookup with { Materials = handedIn.Select(c => new SubmittedMaterial(c, null, null)).ToList() },
            cancellationToken);
        return needed.Where(m => !found.ContainsKey(m.Code)).ToList();
    }
}
