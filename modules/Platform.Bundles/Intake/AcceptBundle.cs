using Npgsql;
using Platform.Bundles.Definitions;
using Platform.Bundles.Domain;
using Platform.Bundles.Submission;
using Platform.Bundles.Tracking;
using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Cases.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Bundles.Intake;

/// <summary>
/// 一窗受理: one window accepts every member case through the case module, then the bundle's own committed
/// deadline opens (subject type <c>bundle</c>) and the departments work in parallel. Missing materials of any
/// member are named all at once before any member is accepted (422). The bundle's promise binds its members: each member
/// runs on the bundle's limit, or on its own when that is shorter, so the deadline watch warns against the promise.
/// </summary>
internal sealed class AcceptBundle(NpgsqlDataSource dataSource, ITransactionRunner transactions, ICaseReader reader, ICaseWorkflow workflow,
    IDeadlineRegistry deadlines, BundleProgress progress, BundleCatalogue bundles, ICatalogue catalogue, IAuditTrail audit, IClock clock)
{
    public async Task<Guid> HandleAsync(Guid bundleCaseId, int version, CaseActor actor, OrganisationUnit? window, CancellationToken cancellationToken)
    {
        IReadOnlyList<BundleMemberRow> members;
        Guid versionId;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            var row = await BundleCaseStore.GetAsync(connection, bundleCaseId);
            if (row is null || row.RegionCode != actor.RegionCode) throw PlatformProblem.NotFound("bundle.case.not_found", "一件事办件不存在。");
            BundleSteps.Require(row, version, BundleCaseState.Submitted, "受理");
            WindowRule.Require(window, row.Zone, await BundleCaseStore.ZonesAsync(connection, row.RegionCode), row.BundleName);
            members = await BundleCaseStore.MembersAsync(connection, null, bundleCaseId);
            versionId = row.BundleVersionId;
        }

        var views = new List<CaseView>();
        foreach (var member in members)
            views.Add(await reader.GetAsync(member.CaseId, cancellationToken) ?? throw new InvalidOperationException($"Member case {member.CaseNumber} is missing."));
        var missing = views.Where(v => v.State == nameof(CaseState.Submitted))
            .SelectMany(v => v.Materials.Where(m => m.Required && m.Status == "Missing").Select(m => $"{v.MatterName}：{m.Name}")).ToList();
        if (missing.Count > 0)
            throw new PlatformProblem(422, "bundle.intake.materials_missing", "材料不齐，不能受理", $"以下材料尚未提交：{string.Join("；", missing)}。")
            {
                Extensions = new Dictionary<string, object?> { ["missing"] = missing },
            };

        var definitions = new Dictionary<Guid, MatterDefinition>();
        foreach (var view in views) definitions[view.Id] = (await catalogue.VersionAsync(view.MatterVersionId, cancellationToken))!.Definition;
        var limit = BundleTimeLimit.Of((await bundles.VersionAsync(versionId, cancellationToken))!.Definition.CommittedTimeLimit.ToTimeLimit(),
            definitions.Values.Select(m => m.CommittedTimeLimit.ToTimeLimit()).ToList());
        foreach (var view in views.Where(v => v.State == nameof(CaseState.Submitted)))
            await workflow.AcceptAsync(view.Id, view.Version, actor, cancellationToken, BundleTimeLimit.ForMember(limit, OwnLimit(definitions[view.Id])));

        await transactions.RunAsync(async tx =>
        {
            var row = await BundleCaseStore.LockAsync(tx, bundleCaseId);
            BundleSteps.Require(row, version, BundleCaseState.Submitted, "受理");
            var now = clock.Now;
            var deadlineId = await deadlines.OpenAsync(tx, new OpenDeadline(row.RegionCode, BundleDeadlineObserver.Subject, row.Id.ToString(), now, limit),
                cancellationToken);
            var due = (await deadlines.GetAsync(tx, deadlineId, cancellationToken)).Due;
            row = row with
            {
                State = nameof(BundleCaseState.UnderReview), Version = row.Version + 1, IntakeUnit = window?.Code, DeadlineId = deadlineId,
                DueDate = due.Due, DueProvisional = due.Provisional, AcceptedAt = now.UtcDateTime,
            };
            await BundleCaseStore.UpdateAsync(tx, row);
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor.Id, "bundle.accepted", "bundle-case", row.Id.ToString(),
                new { row.Number, Window = window?.Code, Due = due.Due }), cancellationToken);
            await progress.AdvanceAsync(tx, row, await BundleCaseStore.MembersAsync(tx.Connection!, tx, row.Id), now, actor.Id, cancellationToken);
            return 0;
        }, cancellationToken);
        return bundleCaseId;
    }

    /// <summary>The member's own limit as the case module would run it: an immediate matter (即办) has none to wait for.</summary>
    private static TimeLimit OwnLimit(MatterDefinition matter) =>
        matter.Processing == ProcessingKind.Immediate ? TimeLimit.WorkingDays(0) : matter.CommittedTimeLimit.ToTimeLimit();
}
