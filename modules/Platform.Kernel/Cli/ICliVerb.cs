namespace Platform.Kernel.Cli;

/// <summary>
/// A command-line verb a module adds to the host (for example <c>calendar deadline</c>).
/// The host starts the database and migrates before it runs a verb, but serves no HTTP.
/// </summary>
public interface ICliVerb
{
    /// <summary>The words that select the verb, for example <c>["calendar", "deadline"]</c>.</summary>
    IReadOnlyList<string> Words { get; }

    /// <summary>One line for the host's help text.</summary>
    string Summary { get; }

    /// <summary>Runs the verb with the arguments after its words; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
