using Dapper;
using Npgsql;

namespace Platform.Reliability.Tests.Crash;

/// <summary>Compares the file store's directory with <c>cases.files</c>.</summary>
internal static class FileCheck
{
    /// <param name="Orphans">Files on disk (stored or half-written) with no row.</param>
    /// <param name="Missing">Rows whose file is not on disk.</param>
    public sealed record Result(int Orphans, int Missing);

    public static async Task<Result> CompareAsync(string connectionString, string root)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var recorded = (await connection.QueryAsync<string>("SELECT DISTINCT sha256 FROM cases.files")).ToHashSet();
        var onDisk = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        return new Result(onDisk.Count(name => !recorded.Contains(name!)), recorded.Count(sha => !File.Exists(Path.Combine(root, sha[..2], sha))));
    }

    /// <summary>Waits (up to 20 s) for the restarted host's sweep to remove what the last kill left.</summary>
    public static async Task UntilSweptAsync(string connectionString, string root)
    {
        for (var attempt = 0; attempt < 200 && (await CompareAsync(connectionString, root)).Orphans > 0; attempt++)
            await Task.Delay(100);
    }
}
