using Platform.Catalogue.Contracts;
using Platform.Kernel.Seeding;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Platform.Catalogue.Exchange;

/// <summary>The YAML form of a catalogue: what plugins seed from and what export and import exchange.</summary>
internal static class CatalogueYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    public static string Write(CatalogueDocument document) => Serializer.Serialize(document);

    public static CatalogueDocument Read(string yaml, string sourceName) => EmbeddedYaml.Parse<CatalogueDocument>(yaml, sourceName);
}
