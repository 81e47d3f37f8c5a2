using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Projects.Categories;
using Platform.Projects.Contracts;
using Platform.Projects.Observers;
using Platform.Projects.Register;
using Platform.Projects.Sharing;

namespace Platform.Projects.Stages;

/// <summary>
/// Files a stage with its one form: records the stage from its template, then opens one member case per
/// parallel matter through the case engine, all at once, each under its own idempotency key (project, stage,
/// matter), so a retried filing finds the cases it made before instead of making new ones.
/// </summary>
internal sealed class FileStage(ITransactionRunner transactions, IAuditTrail audit, IClock clock, ICaseSubmissions submissions,
    MemberMaterials materials, SharedSources shared, ProjectObservers observers)
{
    public async Task<ProjectRow> HandleAsync(StageFiling filing, int version, CaseActor applicant, CancellationToken cancellationToken)
    {
        var project = await transactions.RunAsync(tx => RecordAsync(tx, filing, version, applicant, cancellationToken), cancellationToken);
        var members = (await transactions.RunAsync(async tx => await StageStore.MembersAsync(tx.Connection!, tx, filing.ProjectId), cancellationToken))
            .Where(m => m.Ordinal == filing.Ordinal && m.CaseId is null);
        var formJson = FormJson(project, filing);
        await Task.WhenAll(members.Select(member => OpenAsync(project, member, formJson, filing, applicant, cancellationToken)));
        return project;
    }

    private async Task<ProjectRow> RecordAsync(NpgsqlTransaction tx, StageFiling filing, int version, CaseActor applicant,
        CancellationToken cancellationToken)
    {
        var project = await ProjectStore.LockAsync(tx, filing.ProjectId) ?? throw PlatformProblem.NotFound("project.not_found", "项目不存在。");
        if (filing.FilingKey is { } key && await StageStore.FilingKeyAsync(tx, project.Id, filing.Ordinal) == key) return project;
        if (project.Version != version) throw PlatformProblem.Conflict("project.version_conflict", "项目已有新的办理进展，请刷新后重试。");
        var stages = await StageStore.StagesAsync(tx.Connection!, tx, project.Id);
        StageRules.RequireMayFile(filing.Ordinal, stages);
        if (stages.Any(s => s.Ordinal == filing.Ordinal)) return project;

        var category = (await CategoryStore.FindAsync(tx.Connection!, tx, project.RegionCode, project.CategoryCode))!;
        var template = category.Stages.Single(s => s.Ordinal == filing.Ordinal);
        foreach (var field in template.Form.Where(f => f.Required && string.IsNullOrWhiteSpace(filing.Form.GetValueOrDefault(f.Key))))
            throw PlatformProblem.Invalid("project.stage_form_field_required", $"form.{field.Key}", $"请填写“{field.Label}”。");

        await tx.Connection!.ExecuteAsync(
            """
            INSERT INTO projects.stages (project_id, ordinal, name, lead_unit_code, window_unit_code, committed_days, completion_rule, state, form, filed_at,
                                         filing_key)
            VALUES (@projectId, @Ordinal, @Name, @Lead, @Window, @CommittedDays, @Completion, @state, @form::jsonb, @at, @key)
            """,
            new
            {
                projectId = project.Id, template.Ordinal, template.Name, template.Lead, template.Window, template.CommittedDays, template.Completion,
                state = StageState.Filed, form = JsonSerializer.Serialize(filing.Form), at = clock.Now.ToUniversalTime(), key = filing.FilingKey,
            }, tx);
        foreach (var matter in template.Matters)
        {
            var name = await materials.MatterNameAsync(project.RegionCode, matter.Code, cancellationToken);
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO projects.stage_members (project_id, ordinal, matter_code, matter_name, milestone)
                VALUES (@projectId, @ordinal, @Code, @name, @Milestone)
                """, new { projectId = project.Id, ordinal = filing.Ordinal, matter.Code, name, matter.Milestone }, tx);
        }

        await ProjectStore.BumpAsync(tx, project.Id);
        await observers.NotifyAsync(tx, project, ProjectChangeKind.StageFiled, clock.Now, cancellationToken, template.Ordinal, template.Name);
        await audit.AppendAsync(tx, new AuditEntry(project.RegionCode, applicant.Id, "project.stage_filed", "project", project.Id.ToString(),
            new { filing.Ordinal, template.Name, matters = template.Matters.Select(m => m.Code) }), cancellationToken);
        return project;
    }

    private async Task OpenAsync(ProjectRow project, StageMemberRow member, string formJson, StageFiling filing, CaseActor applicant,
        CancellationToken cancellationToken)
    {
        var submission = new CaseSubmission(project.RegionCode, member.MatterCode,
            new CaseApplicant(project.ApplicantId, project.EnterpriseName, "enterprise", project.EnterpriseCode), "online", formJson,
            await materials.ForAsync(project.RegionCode, member.MatterCode, filing.Materials, cancellationToken),
            await shared.ForAsync(project, member.MatterCode, filing.Materials, cancellationToken));
        var created = await submissions.SubmitAsync(submission, applicant, $"project:{project.Id}:stage:{filing.Ordinal}:{member.MatterCode}",
            cancellationToken);
        await transactions.RunAsync(async tx =>
        {
            if (await StageStore.RecordCaseAsync(tx, project.Id, filing.Ordinal, member.MatterCode, created.Id, created.Number) == 1)
                await observers.NotifyAsync(tx, project, ProjectChangeKind.MemberCaseOpened, clock.Now, cancellationToken, filing.Ordinal, null,
                    member.MatterCode, member.MatterName, created.Id, created.Number);
            return true;
        }, cancellationToken);
    }

    private static string FormJson(ProjectRow project, StageFiling filing)
    {
        var form = new Dictionary<string, string>(filing.Form) { ["项目代码"] = project.Code, ["项目名称"] = project.Name, ["建设地点"] = project.Location };
        return JsonSerializer.Serialize(form);
    }
}
