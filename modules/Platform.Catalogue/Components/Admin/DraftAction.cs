namespace Platform.Catalogue.Components.Admin;

/// <summary>
/// What a draft form's submit button asks for. Besides saving and publishing, a button can add, remove or move a row of a
/// list; that only changes the form on the page (nothing is saved), so the page works without script.
/// </summary>
internal static class DraftAction
{
    public const string Save = "save";
    public const string Publish = "publish";

    public static string Add(string list) => $"{list}:add";
    public static string Remove(string list, int index) => $"{list}:remove:{index}";
    public static string Up(string list, int index) => $"{list}:up:{index}";
    public static string Down(string list, int index) => $"{list}:down:{index}";

    /// <summary>Applies a row edit to the form; false when the action is not one (save or publish).</summary>
    public static bool TryEditRows(DraftForm form, string? action)
    {
        var parts = (action ?? "").Split(':');
        if (parts.Length < 2) return false;
        var index = parts.Length == 3 && int.TryParse(parts[2], out var i) ? i : -1;
        return parts[0] switch
        {
            "materials" => Edit(form.Materials, parts[1], index, () => new MaterialRow()),
            "fees" => Edit(form.Fees, parts[1], index, () => new FeeRow()),
            "procedures" => Edit(form.Procedures, parts[1], index, () => new ProcedureRow { Amount = 1 }),
            _ => false,
        };
    }

    private static bool Edit<T>(List<T> rows, string verb, int index, Func<T> create)
    {
        var inRange = index >= 0 && index < rows.Count;
        switch (verb)
        {
            case "add":
                rows.Add(create());
                break;
            case "remove" when inRange:
                rows.RemoveAt(index);
                break;
            case "up" when inRange && index > 0:
                (rows[index - 1], rows[index]) = (rows[index], rows[index - 1]);
                break;
            case "down" when inRange && index < rows.Count - 1:
                (rows[index + 1], rows[index]) = (rows[index], rows[index + 1]);
                break;
        }

        return true;
    }
}
