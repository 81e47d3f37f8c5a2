namespace Platform.Supervision.Contracts;

/// <summary>
/// Counts for one group (a region, unit, matter or day) over a period. Working days run from acceptance to decision;
/// limit days from acceptance to the committed due date, so <see cref="CompressionRatio"/> is the share of the limit used.
/// Ratings are counted per level, index 0 = 非常满意 … 4 = 非常不满意.
/// </summary>
public sealed record StatisticsRow(string Key, long Received, long ReceivedOnline, long Accepted, long Tolerant, long Commitment, long Completed,
    long OnTime, long Overdue, long ZeroVisit, long WorkingDays, long LimitDays, IReadOnlyList<long> Ratings)
{
    /// <summary>Commitments whose post-verification found them true (核查属实).</summary>
    public long Verified { get; init; }

    /// <summary>Commitments found false (承诺不实): each revoked its decision and listed its applicant as dishonest.</summary>
    public long CommitmentFalse { get; init; }

    /// <summary>Calendar days special procedures (挂起) lasted, counted when the clock resumed.</summary>
    public long SuspendedDays { get; init; }

    public double? OnlineShare => Received == 0 ? null : (double)ReceivedOnline / Received;

    public double? ZeroVisitShare => Completed == 0 ? null : (double)ZeroVisit / Completed;

    public double? OnTimeShare => Completed == 0 ? null : (double)OnTime / Completed;

    public double? AverageWorkingDays => Completed == 0 ? null : (double)WorkingDays / Completed;

    public double? AverageLimitDays => Completed == 0 ? null : (double)LimitDays / Completed;

    public double? CompressionRatio => LimitDays == 0 ? null : (double)WorkingDays / LimitDays;

    public long Rated => Ratings.Sum();

    /// <summary>基本满意 and worse.</summary>
    public long BadRatings => Ratings.Skip(2).Sum();
}
