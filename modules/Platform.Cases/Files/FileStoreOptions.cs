using Microsoft.Extensions.Configuration;

namespace Platform.Cases.Files;

/// <summary>Where uploaded materials live, and what may be uploaded.</summary>
internal sealed record FileStoreOptions(string Directory, long MaxBytes, IReadOnlySet<string> AllowedTypes)
{
    public static FileStoreOptions From(IConfiguration configuration)
    {
        var directory = configuration["Cases:FileDirectory"]
                        ?? Path.Combine(configuration["Platform:DataDirectory"] ?? ".data", "files");
        var maxMegabytes = configuration.GetValue("Cases:MaxUploadMegabytes", 20);
        return new FileStoreOptions(Path.GetFullPath(directory), maxMegabytes * 1024L * 1024L,
            new HashSet<string> { "application/pdf", "image/jpeg", "image/png", "application/ofd" });
    }
}
