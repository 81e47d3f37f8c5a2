using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Kernel.Time;
using Platform.Projects.Categories;
using Platform.Projects.Contracts;
using Platform.Projects.Credit;
using Platform.Projects.JointReviews;
using Platform.Projects.Register;

namespace Platform.Projects.Stages;

/// <summary>Builds the project page's view: the four stages from the filed rows or, before filing, from the category's templates.</summary>
internal sealed class ProjectViews(NpgsqlDataSource dataSource, IWorkingCalendarProvider calendars, ICaseReader cases, IClock clock) : IProjectReader
{
    public async Task<ProjectView?> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await ProjectStore.FindAsync(connection, null, projectId) is not { } project) return null;
        var stages = await StageStore.StagesAsync(connection, null, projectId);
        var members = await StageStore.MembersAsync(connection, null, projectId);
        var category = (await CategoryStore.FindAsync(connection, null, project.RegionCode, project.CategoryCode))!;
        var calendar = await calendars.ForRegionAsync(project.RegionCode, cancellationToken);
        var now = clock.Now;
        var reviews = await JointReviewViews.ForProjectAsync(connection, projectId, calendar, now);

        var views = new List<StageView>();
        foreach (var template in category.Stages.OrderBy(s => s.Ordinal))
        {
            var row = stages.FirstOrDefault(s => s.Ordinal == template.Ordinal);
            var memberViews = new List<StageMemberView>();
            foreach (var member in members.Where(m => m.Ordinal == template.Ordinal))
                memberViews.Add(await MemberAsync(member, cancellationToken));
            views.Add(row is null ? Planned(template) : Filed(row, memberViews, reviews.Where(r => r.Ordinal == row.Ordinal).ToList(), calendar, now));
        }

        return new ProjectView(project.Id, project.RegionCode, project.Code, project.Name, project.CategoryCode, category.Name, project.ProjectClass,
            ProjectClass.Chinese(project.ProjectClass), project.Location, project.Zone, project.ApplicantId, project.EnterpriseCode,
            project.EnterpriseName, project.CreditStanding, CreditStanding.Chinese(project.CreditStanding), project.KeyProject, project.AgentName,
            project.Version, ChainClock.Measure(calendar, stages, project.ChainCapDays, now), views);
    }

    private async Task<StageMemberView> MemberAsync(StageMemberRow member, CancellationToken cancellationToken)
    {
        var view = member.CaseId is { } caseId ? await cases.GetAsync(caseId, cancellationToken) : null;
        return new StageMemberView(member.MatterCode, member.MatterName, member.Milestone, member.CaseId, member.CaseNumber, view?.State,
            view?.StateName ?? "待提交",
            member.DueDate is { } due ? DateOnly.Parse(due) : view?.Deadline?.Due, StageRules.IsDone(view?.State) || StageRules.IsFailed(view?.State) ? "None" : view?.Deadline?.Warning ?? "None",
            StageRules.IsFailed(member.CaseState), member.Attempt);
    }

    private static StageView Planned(StageTemplate template) =>
        new(template.Ordinal, template.Name, template.Lead, template.Window, template.CommittedDays, template.Completion, "planned",
            StageState.Chinese(null), null, null, null, null, "None", null, [], []);

    private static StageView Filed(StageRow row, IReadOnlyList<StageMemberView> members, IReadOnlyList<JointReviewView> reviews, IWorkingCalendar calendar,
        DateTimeOffset now)
    {
        DeadlineAnswer? due = row.AcceptedAt is { } accepted
            ? calendar.Due(ChainClock.Utc(accepted), TimeLimit.WorkingDays(row.CommittedDays))
            : null;
        var end = row.CompletedAt is { } completed ? ChainClock.Utc(completed) : now;
        var warning = due is null ? "None" : row.CompletedAt is not null ? (end > due.DueInstant ? "Overdue" : "None") : calendar.WarningAt(due, now).ToString();
        int? used = row.AcceptedAt is { } start ? calendar.WorkingDaysElapsed(ChainClock.Utc(start), end) : null;
        var stateName = row.State != StageState.Accepted ? StageState.Chinese(row.State)
            : members.Any(m => m.Failed) ? $"有事项未获准予（{string.Join("、", members.Where(m => m.Failed).Select(m => m.MatterName))}），待申请人重新申报"
            : reviews.Any(r => r.Conclusion == "fail") ? $"{string.Join("、", reviews.Where(r => r.Conclusion == "fail").Select(r => r.Name))}未通过"
            : StageState.Chinese(row.State);
        return new StageView(row.Ordinal, row.Name, row.LeadUnitCode, row.WindowUnitCode, row.CommittedDays, row.CompletionRule, row.State,
            stateName, ChainClock.Utc(row.FiledAt), row.AcceptedAt is { } a ? ChainClock.Utc(a) : null,
            row.CompletedAt is { } c ? ChainClock.Utc(c) : null, due?.Due, warning, used, members, reviews);
    }
}
