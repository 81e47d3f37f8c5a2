using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Testing;

namespace Platform.Cases.Tests.Reliability;

/// <summary>
/// Kills a real host with SIGKILL while window clerks upload and submit, restarts it, and checks that
/// every acknowledged upload is on disk with its SHA-256 and every acknowledged case is in the
/// database with its audit record, and that the audit chain still verifies.
/// </summary>
public sealed class CrashTests
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";

    [Fact]
    public async Task Should_lose_no_acknowledged_case_or_file_when_the_host_is_killed_mid_request_and_restarted()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();
        var files = TestCluster.NewDirectory("files");
        string[] settings =
        [
            $"--ConnectionStrings:Platform={connectionString}", $"--Cases:FileDirectory={files}", "--Platform:Deployment=demo",
            "--Identity:SignInPerMinute=100000", "--Identity:CreatePerMinute=100000",
        ];
        var acknowledgedCases = new ConcurrentBag<Guid>();
        var acknowledgedFiles = new ConcurrentDictionary<Guid, string>();

        for (var kill = 0; kill < 3; kill++)
        {
            await using var host = await HostProcess.StartAsync(settings);
            using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(10) };
            var token = await TokenAsync(http);
            using var stop = new CancellationTokenSource();
            var clerks = Enumerable.Range(0, 4).Select(_ => SubmitUntilStoppedAsync(http, token, acknowledgedCases, acknowledgedFiles, stop.Token)).ToList();
            var before = acknowledgedCases.Count;
            while (acknowledgedCases.Count < before + 12) await Task.Delay(20);
            host.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(clerks);
        }

        await using (var again = await HostProcess.StartAsync(settings))
        {
            using var http = new HttpClient { BaseAddress = again.Address };
            (await http.GetAsync("/healthz")).EnsureSuccessStatusCode();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        var stored = (await connection.QueryAsync<(Guid Id, string Number)>(
            "SELECT id, number FROM cases.cases WHERE id = ANY(@ids)", new { ids = acknowledgedCases.ToArray() })).ToList();
        stored.Count.ShouldBe(acknowledgedCases.Count);
        var audited = await connection.QuerySingleAsync<int>(
            "SELECT count(DISTINCT subject_id)::int FROM platform.audit_records WHERE action = 'case.Submit' AND subject_id = ANY(@numbers)",
            new { numbers = stored.Select(s => s.Number).ToArray() });
        audited.ShouldBe(stored.Count);
        foreach (var (fileId, sha256) in acknowledgedFiles)
        {
            var path = Path.Combine(files, sha256[..2], sha256);
            File.Exists(path).ShouldBeTrue($"file {fileId} was acknowledged but is not on disk");
            Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))).ShouldBe(sha256);
        }

        var verify = await Cli.VerifyAuditAsync(settings);
        verify.ExitCode.ShouldBe(0, verify.Output);
    }

    private static async Task SubmitUntilStoppedAsync(HttpClient http, string token, ConcurrentBag<Guid> cases,
        ConcurrentDictionary<Guid, string> files, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var content = new MultipartFormDataContent();
                var bytes = System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 出让合同 {Guid.NewGuid()}");
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                content.Add(file, "file", "出让合同.pdf");
                var upload = await Send(http, HttpMethod.Post, "/api/v1/files", token, content);
                if (!upload.IsSuccessStatusCode) continue;
                var stored = await upload.Content.ReadFromJsonAsync<JsonElement>();
                var fileId = stored.GetProperty("id").GetGuid();
                files[fileId] = stored.GetProperty("sha256").GetString()!;

                var submit = await Send(http, HttpMethod.Post, "/api/v1/cases", token, JsonContent.Create(new
                {
                    regionCode = "440784", matterCode = PlanningPermit,
                    applicant = new { id = "91440784MA5CRASH01", name = "鹤山市断电测试有限公司", kind = "enterprise" },
                    materials = new[] { new { materialCode = "M02", fileId } },
                }), Guid.NewGuid().ToString());
                if (submit.IsSuccessStatusCode)
                    cases.Add((await submit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetGuid());
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or JsonException)
            {
                // The host died under the request: nothing was acknowledged, so nothing is owed.
                if (stop.IsCancellationRequested) return;
                await Task.Delay(10, CancellationToken.None);
            }
        }
    }

    private static Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, string token, HttpContent content, string? key = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return http.SendAsync(request);
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { account = "440784-clerk", password = "Demo@123456" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
