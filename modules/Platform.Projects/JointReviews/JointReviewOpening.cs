using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Kernel;
using Platform.Projects.Categories;

namespace Platform.Projects.JointReviews;

/// <summary>Opens a stage's joint reviews when its window accepts it, each with its own working-day deadline, inside the acceptance's transaction.</summary>
internal sealed class JointReviewOpening(IDeadlineRegistry deadlines)
{
    public async Task<int> OpenAsync(NpgsqlTransaction tx, string regionCode, Guid projectId, int ordinal, IEnumerable<JointReviewTemplate> templates,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var opened = 0;
        foreach (var template in templates)
        {
            var id = Ids.New();
            var deadline = await deadlines.OpenAsync(tx, new OpenDeadline(regionCode, "project-joint-review", id.ToString(), at,
                TimeLimit.WorkingDays(template.CommittedDays)), cancellationToken);
            await JointReviewStore.OpenAsync(tx, new JointReviewRow(id, projectId, ordinal, template.Kind, template.Name, template.Units.ToArray(),
                template.CommittedDays, at.UtcDateTime, deadline, null, null, 1));
            opened++;
        }

        return opened;
    }
}
