using Xunit.Abstractions;

namespace Platform.Reliability.Tests;

/// <summary>Writes a test's numbers to its output and to TestResults/reliability/&lt;name&gt;.txt at the repository root.</summary>
internal static class ReliabilityReport
{
    public static async Task WriteAsync(ITestOutputHelper output, string name, IEnumerable<(string Label, object Value)> lines)
    {
        var text = string.Join('\n', lines.Select(l => $"{l.Label}: {l.Value}")) + "\n";
        output.WriteLine(text);
        var directory = Path.Combine(RepositoryRoot(), "TestResults", "reliability");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{name}.txt"), text);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln"))) return directory.FullName;
        return AppContext.BaseDirectory;
    }
}
