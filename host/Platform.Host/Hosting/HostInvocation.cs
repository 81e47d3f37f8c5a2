namespace Platform.Host.Hosting;

/// <summary>
/// Splits the command line into the verb (its words and arguments) and the host's own settings:
/// <c>--deployment NAME</c>, <c>--urls URL</c>, <c>--environment NAME</c> and any <c>--Section:Key value</c>.
/// </summary>
internal sealed record HostInvocation(IReadOnlyList<string> Verb, IReadOnlyList<string> VerbArguments, string[] HostArguments)
{
    private static readonly Dictionary<string, string> HostOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--deployment"] = "--Platform:Deployment",
        ["--urls"] = "--urls",
        ["--environment"] = "--environment",
        ["--data-dir"] = "--Platform:DataDirectory",
    };

    public bool WantsHelp => Verb.Count == 0 && VerbArguments.Any(a => a is "--help" or "-h" or "help")
                             || Verb is ["help"];

    public static HostInvocation Parse(string[] args)
    {
        var hostArguments = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var (option, inlineValue) = SplitOption(args[i]);
            var mapped = HostOptions.GetValueOrDefault(option) ?? (option.StartsWith("--", StringComparison.Ordinal) && option.Contains(':') ? option : null);
            if (mapped is null)
            {
                rest.Add(args[i]);
                continue;
            }

            var value = inlineValue ?? (i + 1 < args.Length ? args[++i] : "");
            hostArguments.Add($"{mapped}={value}");
        }

        var verb = rest.TakeWhile(a => !a.StartsWith('-')).ToList();
        return new HostInvocation(verb, rest.Skip(verb.Count).ToList(), hostArguments.ToArray());
    }

    private static (string Option, string? Value) SplitOption(string argument)
    {
        var equals = argument.IndexOf('=');
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);
    }
}
