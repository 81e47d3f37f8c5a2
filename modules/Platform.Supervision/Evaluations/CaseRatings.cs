using Dapper;
using Npgsql;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Evaluations;

/// <summary>What the applicant sees of a case's 好差评: their ratings, oldest first, and the rectification of the latest bad one.</summary>
internal sealed class CaseRatings(NpgsqlDataSource dataSource)
{
    public async Task<CaseRatingState> ForCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ratings = (await connection.QueryAsync<RatingRow>(new CommandDefinition(
            "SELECT level, comment, rated_at FROM supervision.evaluations WHERE case_id = @caseId ORDER BY rated_at, id",
            new { caseId }, cancellationToken: cancellationToken))).Select(r => r.ToRating()).ToList();
        var rectification = await connection.QuerySingleOrDefaultAsync<RectificationRow>(new CommandDefinition(
            $"SELECT {RectificationRow.Columns} FROM supervision.rectifications WHERE case_id = @caseId ORDER BY opened_at DESC, id LIMIT 1",
            new { caseId }, cancellationToken: cancellationToken));
        return new CaseRatingState(ratings, rectification?.ToView());
    }

    private sealed record RatingRow(short Level, string Comment, DateTime RatedAt)
    {
        public GivenRating ToRating() => new(Level, EvaluationLevels.Name(Level), Comment,
            new DateTimeOffset(DateTime.SpecifyKind(RatedAt, DateTimeKind.Utc)));
    }
}

/// <summary>One rating the applicant gave.</summary>
internal sealed record GivenRating(int Level, string LevelName, string Comment, DateTimeOffset RatedAt);

/// <summary>The applicant's ratings of a case and the rectification the latest bad one opened, if any.</summary>
internal sealed record CaseRatingState(IReadOnlyList<GivenRating> Ratings, RectificationView? Rectification)
{
    /// <summary>A first rating, or a re-rating once the unit reports its fix.</summary>
    public bool MayRate => Ratings.Count == 0 || Rectification is { State: "awaiting-confirmation" };
}
