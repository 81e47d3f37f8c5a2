namespace Platform.Catalogue.Components.Admin;

/// <summary>How the editor reads free text: blank means absent, and a list field takes one entry per line.</summary>
internal static class Text
{
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static List<string> Lines(string? value) =>
        (value ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
