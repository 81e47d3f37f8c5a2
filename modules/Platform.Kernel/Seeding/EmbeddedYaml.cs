using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Platform.Kernel.Seeding;

/// <summary>Reads seed data a module or plugin ships as embedded <c>Seed/*.yaml</c> (camelCase keys).</summary>
public static class EmbeddedYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static T Read<T>(Assembly assembly, string resourceName) =>
        Parse<T>(EmbeddedText.Read(assembly, resourceName), $"{assembly.GetName().Name}/{resourceName}");

    public static T Parse<T>(string yaml, string sourceName)
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml) ?? throw new InvalidOperationException($"{sourceName} is empty.");
        }
        catch (YamlDotNet.Core.YamlException error)
        {
            throw new InvalidOperationException($"{sourceName} line {error.Start.Line}: {error.Message}", error);
        }
    }
}
