namespace Platform.Identity.Cli;

/// <summary>Reads <c>--name value</c> pairs (and bare flags) of a verb's arguments.</summary>
internal static class CliOptions
{
    public static Dictionary<string, string> Parse(IReadOnlyList<string> arguments)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!arguments[i].StartsWith("--", StringComparison.Ordinal)) continue;
            var hasValue = i + 1 < arguments.Count && !arguments[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[arguments[i]] = hasValue ? arguments[++i] : "";
        }

        return options;
    }
}
