namespace Platform.Cases.Contracts;

/// <summary>
/// Fields a module asks on the application form of some matters, besides the project name and description every form has (for
/// example a park's entry application asking the industry code). The answers go into the form under <see cref="ApplicationField.Key"/>;
/// the module's own rules (an <see cref="IApplicationScreen"/>) check them at submission, for the API and the page alike.
/// </summary>
public interface IApplicationFields
{
    Task<IReadOnlyList<ApplicationField>> FieldsAsync(string regionCode, string matterCode, CancellationToken cancellationToken);
}

/// <summary>One extra form field: its key in the form JSON, its Chinese label and hint, and whether it must be filled.</summary>
public sealed record ApplicationField(string Key, string Label, string Hint, bool Required);
