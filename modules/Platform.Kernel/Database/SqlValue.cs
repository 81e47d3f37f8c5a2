using Npgsql;

namespace Platform.Kernel.Database;

/// <summary>
/// A value bound to a batch statement's <c>$n</c>, typed by its C# type even when it is null. An untyped null makes
/// Npgsql send a parameter of another type than the same statement's non-null value, so the statement prepared on the
/// connection no longer matches and is parsed and planned again: a step whose nulls vary (an applicant has no unit, a
/// submission no previous state) would re-prepare its statements on most executions.
/// </summary>
public readonly struct SqlValue
{
    private SqlValue(NpgsqlParameter parameter) => Parameter = parameter;

    internal NpgsqlParameter Parameter { get; }

    public static implicit operator SqlValue(string? value) => Of(value);
    public static implicit operator SqlValue(Guid value) => Of(value);
    public static implicit operator SqlValue(Guid? value) => Of(value);
    public static implicit operator SqlValue(int value) => Of(value);
    public static implicit operator SqlValue(int? value) => Of(value);
    public static implicit operator SqlValue(bool value) => Of(value);
    public static implicit operator SqlValue(DateTimeOffset value) => Of(value);
    public static implicit operator SqlValue(DateTimeOffset? value) => Of(value);
    public static implicit operator SqlValue(DateOnly value) => Of(value);
    public static implicit operator SqlValue(DateOnly? value) => Of(value);
    public static implicit operator SqlValue(string?[] value) => Of(value);
    public static implicit operator SqlValue(Guid[] value) => Of(value);
    public static implicit operator SqlValue(Guid?[] value) => Of(value);
    public static implicit operator SqlValue(bool[] value) => Of(value);

    private static SqlValue Of<T>(T value) => new(new NpgsqlParameter<T> { TypedValue = value });
}
