using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Projects.Contracts;
using Platform.Projects.Stages;

namespace Platform.Projects.JointReviews;

/// <summary>Builds joint-review views: the deadline from the region calendar, the colour while open, the opinions so far.</summary>
internal static class JointReviewViews
{
    public static async Task<IReadOnlyList<JointReviewView>> ForProjectAsync(NpgsqlConnection connection, Guid projectId, IWorkingCalendar calendar,
        DateTimeOffset now)
    {
        var rows = await JointReviewStore.ForProjectAsync(connection, null, projectId);
        if (rows.Count == 0) return [];
        var opinions = await JointReviewStore.OpinionsAsync(connection, null, rows.Select(r => r.Id));
        return rows.Select(r => Build(r, opinions.Where(o => o.ReviewId == r.Id), calendar, now)).ToList();
    }

    private static JointReviewView Build(JointReviewRow row, IEnumerable<OpinionRow> opinions, IWorkingCalendar calendar, DateTimeOffset now)
    {
        var opened = ChainClock.Utc(row.OpenedAt);
        var due = calendar.Due(opened, TimeLimit.WorkingDays(row.CommittedDays));
        DateTimeOffset? concluded = row.ConcludedAt is { } c ? ChainClock.Utc(c) : null;
        var warning = concluded is { } end ? (end > due.DueInstant ? "Overdue" : "None") : calendar.WarningAt(due, now).ToString();
        return new JointReviewView(row.Id, row.ProjectId, row.Ordinal, row.Kind, row.Name, row.Units, row.CommittedDays, opened, due.Due, warning,
            concluded, row.Conclusion, row.Conclusion is null ? "审查中" : Verdict.Chinese(row.Conclusion), row.Version,
            opinions.Select(o => new JointReviewOpinionView(o.UnitCode, o.Verdict, Verdict.Chinese(o.Verdict), o.Text, o.ReviewerName,
                ChainClock.Utc(o.RecordedAt))).ToList());
    }
}
