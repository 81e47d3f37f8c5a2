using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;

namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>A time limit as three columns: amount, unit and explanation. An empty amount means no limit.</summary>
internal static class LimitColumns
{
    public static IEnumerable<Column<T>> For<T>(string label, string field, Func<T, MatterTimeLimit?> get, Func<T, MatterTimeLimit?, T> set)
    {
        yield return new Column<T>(label, $"{field}.amount", r => get(r)?.Amount.ToString(),
            (r, v) => set(r, string.IsNullOrWhiteSpace(v) ? null : (get(r) ?? new MatterTimeLimit()) with { Amount = Cells.Int(v) }));
        yield return new Column<T>($"{label}单位", $"{field}.unit", r => get(r) is { } l ? Labels.Units[l.Unit] : null,
            (r, v) => get(r) is { } l && !string.IsNullOrWhiteSpace(v) ? set(r, l with { Unit = Cells.Coded<TimeLimitUnit>(v, Labels.Units) }) : r);
        yield return new Column<T>($"{label}说明", $"{field}.explanation", r => get(r)?.Explanation,
            (r, v) => get(r) is { } l ? set(r, l with { Explanation = Cells.Optional(v) }) : r);
    }
}
