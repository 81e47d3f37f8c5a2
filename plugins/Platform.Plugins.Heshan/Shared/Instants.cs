namespace Platform.Plugins.Heshan.Shared;

/// <summary>Npgsql hands timestamptz to Dapper as UTC DateTime and date as DateTime; views speak DateTimeOffset and DateOnly.</summary>
internal static class Instants
{
    public static DateTimeOffset From(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset? From(DateTime? utc) => utc is { } value ? From(value) : null;

    public static DateOnly? Date(DateTime? date) => date is { } value ? DateOnly.FromDateTime(value) : null;

    public static string Local(DateTimeOffset instant) => Platform.Kernel.Time.BusinessTime.ToBusinessTime(instant).ToString("yyyy-MM-dd HH:mm");
}
