namespace Platform.Kernel;

/// <summary>Identifiers: time-ordered UUIDs (version 7), so new rows land at the end of their indexes.</summary>
public static class Ids
{
    public static Guid New() => Guid.CreateVersion7();
}
