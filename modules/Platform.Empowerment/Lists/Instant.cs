namespace Platform.Empowerment.Lists;

/// <summary>timestamptz columns come back from Npgsql as UTC DateTime values.</summary>
internal static class Instant
{
    public static DateTimeOffset? Of(DateTime? value) => value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;

    public static DateTimeOffset Of(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
