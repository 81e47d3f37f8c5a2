using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Kernel.Database;

/// <summary>One numbered, forward-only SQL migration of a module, run inside the module's schema.</summary>
public sealed partial record MigrationScript(string Module, string Schema, int Number, string FileName, string Sql)
{
    /// <summary>SHA-256 of the script with line endings normalised, so a checkout on Windows matches.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>Reads the embedded <c>Migrations/NNNN_description.sql</c> resources of an assembly.</summary>
    public static IReadOnlyList<MigrationScript> FromAssembly(Assembly assembly, string schema)
    {
        var module = assembly.GetName().Name ?? schema;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith("Migrations/", StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
                continue;
            var fileName = resource["Migrations/".Length..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
                throw new InvalidOperationException(
                    $"Migration {module}/{fileName} is not named NNNN_description.sql.");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            scripts.Add(new MigrationScript(module, schema, int.Parse(match.Groups[1].Value), fileName, reader.ReadToEnd()));
        }

        var duplicate = scripts.GroupBy(s => s.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException(
                $"Module {module} has two migrations numbered {duplicate.Key}: {string.Join(", ", duplicate.Select(s => s.FileName))}.");
        return scripts.OrderBy(s => s.Number).ToList();
    }

    [GeneratedRegex(@"^(\d{4})_[a-z0-9_]+\.sql$")]
    private static partial Regex FileNamePattern();
}
