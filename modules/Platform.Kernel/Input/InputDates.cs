using Platform.Kernel.Errors;

namespace Platform.Kernel.Input;

/// <summary>
/// The dates a request may carry: years 1900 to 2199. Nothing the platform handles lies outside them, and date
/// arithmetic on 0001-01-01 or 9999-12-31 (a time-zone shift, a month's end, a deadline) leaves the calendar types'
/// range and failed with 500. The host applies this to every date a request carries (JSON bodies and bound parameters).
/// </summary>
public static class InputDates
{
    public const string Code = "request.date_out_of_range";

    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static bool Allows(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool Allows(DateTime instant) => Allows(DateOnly.FromDateTime(instant));

    public static bool Allows(DateTimeOffset instant) => Allows(instant.DateTime) && Allows(instant.UtcDateTime);

    public static PlatformProblem Problem(string field) =>
        PlatformProblem.Invalid(Code, field, $"日期须在 {Earliest:yyyy-MM-dd} 至 {Latest:yyyy-MM-dd} 之间。");
}
