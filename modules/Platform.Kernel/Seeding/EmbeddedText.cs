using System.Reflection;

namespace Platform.Kernel.Seeding;

/// <summary>Reads the text of a resource a module or plugin embeds (its <c>Seed/</c> files).</summary>
public static class EmbeddedText
{
    public static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no embedded resource {resourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
