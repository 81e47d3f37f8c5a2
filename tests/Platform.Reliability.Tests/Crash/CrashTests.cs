using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Dapper;
using Npgsql;
using Platform.Testing;
using Xunit.Abstractions;

namespace Platform.Reliability.Tests.Crash;

/// <summary>
/// Kills a real host process with SIGKILL ten times while window clerks upload and submit, restarting it
/// each time, then checks that every acknowledged case is in the database with its audit record, every
/// acknowledged file is on disk with its SHA-256, no file on disk lacks its row (or row its file), and
/// the audit chain still verifies.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Kills = 10;
    private const int Clerks = 4;

    [Fact]
    public async Task Should_lose_no_acknowledged_case_or_file_when_the_host_is_killed_ten_times_under_load()
    {
        var watch = Stopwatch.StartNew();
        var connectionString = await TestCluster.CreateDatabaseAsync();
        var files = TestCluster.NewDirectory("files");
        string[] settings =
        [
            $"--ConnectionStrings:Platform={connectionString}", $"--Cases:FileDirectory={files}", "--Platform:Deployment=demo",
            "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000",
        ];
        var acknowledged = new Acknowledged();
        var random = new Random(20260924);

        for (var kill = 0; kill < Kills; kill++)
        {
            await using var host = await HostProcess.StartAsync(settings);
            using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(10) };
            var window = new WindowClerk(http, await ApiCalls.TokenAsync(http), acknowledged);
            using var stop = new CancellationTokenSource();
            var clerks = Enumerable.Range(0, Clerks).Select(_ => window.SubmitUntilStoppedAsync(stop.Token)).ToList();
            var before = acknowledged.Cases.Count;
            while (acknowledged.Cases.Count < before + 6) await Task.Delay(10);
            // A varying moment after that, so the kill lands in different phases of the requests in flight.
            await Task.Delay(random.Next(0, 120));
            host.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(clerks);
        }

        await using (var again = await HostProcess.StartAsync(settings))
        {
            using var http = new HttpClient { BaseAddress = again.Address };
            (await http.GetAsync("/healthz")).EnsureSuccessStatusCode();
            await FileCheck.UntilSweptAsync(connectionString, files);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        var stored = (await connection.QueryAsync<(Guid Id, string Number)>(
            "SELECT id, number FROM cases.cases WHERE id = ANY(@ids)", new { ids = acknowledged.Cases.ToArray() })).ToList();
        var audited = await connection.QuerySingleAsync<int>(
            "SELECT count(DISTINCT subject_id)::int FROM platform.audit_records WHERE action = 'case.Submit' AND subject_id = ANY(@numbers)",
            new { numbers = stored.Select(s => s.Number).ToArray() });
        var recordedFiles = (await connection.QueryAsync<Guid>(
            "SELECT id FROM cases.files WHERE id = ANY(@ids)", new { ids = acknowledged.Files.Keys.ToArray() })).Count();
        var lostFiles = acknowledged.Files.Where(f => !Intact(files, f.Value)).Select(f => f.Key).ToList();
        var disk = await FileCheck.CompareAsync(connectionString, files);
        var verify = await AuditVerifier.VerifyAsync(settings);

        await ReliabilityReport.WriteAsync(output, "crash",
        [
            ("kills (SIGKILL under load)", Kills), ("concurrent clerks", Clerks),
            ("acknowledged submissions", acknowledged.Cases.Count), ("found in the database", stored.Count),
            ("with their audit record", audited), ("acknowledged uploads", acknowledged.Files.Count),
            ("recorded and intact on disk", recordedFiles - lostFiles.Count), ("orphaned files (on disk, no row)", disk.Orphans),
            ("missing files (row, not on disk)", disk.Missing), ("audit chain verifies", verify.ExitCode == 0),
            ("elapsed", $"{watch.Elapsed.TotalSeconds:F0} s"),
        ]);
        acknowledged.Cases.Count.ShouldBeGreaterThanOrEqualTo(Kills * 6);
        stored.Count.ShouldBe(acknowledged.Cases.Count);
        audited.ShouldBe(stored.Count);
        recordedFiles.ShouldBe(acknowledged.Files.Count);
        lostFiles.ShouldBeEmpty();
        disk.Orphans.ShouldBe(0);
        disk.Missing.ShouldBe(0);
        verify.ExitCode.ShouldBe(0, verify.Output);
    }

    private static bool Intact(string root, string sha256)
    {
        var path = Path.Combine(root, sha256[..2], sha256);
        return File.Exists(path) && Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) == sha256;
    }
}
