namespace Platform.Projects.Intake;

/// <summary>The intake form's hidden fields: the key a retried post is recognised by, and the project version it was drawn from.</summary>
internal sealed class StageIntakeInput
{
    public string? FilingKey { get; set; }

    public int Version { get; set; }
}
