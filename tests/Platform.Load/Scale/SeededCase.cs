namespace Platform.Load.Scale;

/// <summary>
/// One synthetic case, derived from its index alone so that any size can be added to: submitted within the past year,
/// accepted a day later, due 3 to 20 working days after acceptance; open cases fall due from a week ago to three weeks ahead
/// (never submitted in the future). Ids come from the index too, so a case can be found again by its index.
/// </summary>
internal sealed record SeededCase(Guid Id, Guid DeadlineId, Guid MatterVersionId, string Region, string Matter, string Unit, SeededState State,
    DateTimeOffset SubmittedAt, DateTimeOffset? AcceptedAt, DateTimeOffset? DecidedAt, int LimitDays, DateOnly DueDate, DateTimeOffset DueAt)
{
    public static SeededCase Of(int i, IReadOnlyList<string> regions, IReadOnlyDictionary<string, IReadOnlyList<string>> units, DateTimeOffset now)
    {
        var random = new Random(i);
        var region = regions[i % regions.Count];
        var regionUnits = units[region];
        var state = CaseSeeder.StateOf(i);
        var limit = 3 + random.Next(18);
        var calendarDays = limit * 7 / 5;
        DateTimeOffset submitted;
        if (state.Accepted && !state.Decided)
            submitted = now.AddDays(random.Next(Math.Min(28, calendarDays + 7)) - 7 - calendarDays - 1).AddMinutes(-random.Next(600));
        else
            submitted = now.AddDays(-random.Next(365) - 1).AddMinutes(-random.Next(600));
        DateTimeOffset? accepted = state.Accepted ? submitted.AddDays(1) : null;
        var dueAt = (accepted ?? submitted).AddDays(calendarDays);
        DateTimeOffset? decided = state.Decided ? (accepted ?? submitted).AddDays(1 + random.Next(calendarDays + 2)) : null;
        if (decided > now) decided = now;
        if (accepted > now) accepted = now;
        return new SeededCase(NewId(random), NewId(random), Guid.Empty, region,
            $"SCALE{region}{i % 10:D2}", regionUnits[random.Next(regionUnits.Count)], state, submitted, accepted, decided, limit,
            DateOnly.FromDateTime(dueAt.UtcDateTime.AddHours(8)), dueAt);
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
