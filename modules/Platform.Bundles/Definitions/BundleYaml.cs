using Platform.Bundles.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Seeding;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Platform.Bundles.Definitions;

/// <summary>A bundle definition as the YAML an admin edits (the same shape the plugins seed).</summary>
internal static class BundleYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    public static string Write(BundleDefinition definition) => Serializer.Serialize(definition);

    public static BundleDefinition Read(string yaml)
    {
        try
        {
            return EmbeddedYaml.Parse<BundleDefinition>(yaml, "定义");
        }
        catch (InvalidOperationException error)
        {
            throw PlatformProblem.Invalid("bundle.definition.yaml_invalid", "definition", $"YAML 格式有误：{error.Message}");
        }
    }
}
