using Microsoft.AspNetCore.Http;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Projects.Categories;
using Platform.Projects.Contracts;
using Platform.Projects.Stages;

namespace Platform.Projects.Intake;

/// <summary>
/// The intake page's side of filing a stage: reads the stage template for the form, stores the uploaded files
/// (one per material name, field <c>file.{index}</c>) and files through the same <see cref="FileStage"/> the API uses.
/// </summary>
internal sealed class StageIntake(NpgsqlDataSource dataSource, MemberMaterials materials, ICaseFiles files, FileStage file)
{
    public async Task<IntakeForm?> FormAsync(ProjectView project, int ordinal, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var category = await CategoryStore.FindAsync(connection, null, project.RegionCode, project.CategoryCode);
        if (category?.Stages.SingleOrDefault(s => s.Ordinal == ordinal) is not { } template) return null;
        var codes = template.Matters.Select(m => m.Code).ToList();
        var names = new List<string>();
        foreach (var code in codes) names.Add(await materials.MatterNameAsync(project.RegionCode, code, cancellationToken));
        return new IntakeForm(template.Name, template.CommittedDays, template.Form, names,
            await materials.NamesAsync(project.RegionCode, codes, cancellationToken));
    }

    public async Task FileAsync(ProjectView project, int ordinal, IntakeForm form, IReadOnlyDictionary<string, string> values,
        IFormFileCollection uploads, int version, string filingKey, CaseActor applicant, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, Guid>();
        for (var i = 0; i < form.MaterialNames.Count; i++)
        {
            if (uploads.GetFile($"file.{i}") is not { Length: > 0 } upload) continue;
            await using var stream = upload.OpenReadStream();
            var stored = await files.SaveAsync(stream, upload.FileName, upload.ContentType, applicant.Id, cancellationToken);
            byName[form.MaterialNames[i]] = stored.Id;
        }

        await file.HandleAsync(new StageFiling(project.Id, ordinal, values, byName, filingKey), version, applicant, cancellationToken);
    }
}
