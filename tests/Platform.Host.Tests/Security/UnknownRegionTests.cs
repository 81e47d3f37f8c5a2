using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Testing;

namespace Platform.Host.Tests.Security;

/// <summary>
/// A platform admin may act in every region the deployment serves, and in no other: a region code that names no served
/// region, in the path or in the body, is refused with 404 problem+json <c>platform.region.unknown</c> and writes nothing.
/// </summary>
public sealed class UnknownRegionTests
{
    private const string Unknown = "999999";

    [Fact]
    public async Task Should_refuse_an_unknown_region_and_write_nothing_when_a_platform_admin_names_it()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:SignInPerMinute=100000", "--Identity:CreatePerMinute=100000");
        var token = await TokenAsync(host.Http);
        (HttpMethod Method, string Path, object? Body)[] attempts =
        [
            (HttpMethod.Post, $"/api/v1/regions/{Unknown}/zone-assessments",
                new { zone = "不存在的园区", name = "地震安全性评价", materialName = "地震安全性评价报告", reference = "测评[2024]1号", issuedOn = "2024-03-01" }),
            (HttpMethod.Post, $"/api/v1/calendar/regions/{Unknown}/days", new { date = "2026-10-09", kind = "rest", name = "调休" }),
            (HttpMethod.Get, $"/api/v1/regions/{Unknown}/exchange/reconciliation", null),
            (HttpMethod.Post, $"/api/v1/regions/{Unknown}/exchange/transfer", null),
            (HttpMethod.Post, "/api/v1/identity/units", new { regionCode = Unknown, code = "x01", name = "不存在地区的单位", kind = "Bureau" }),
        ];

        var answers = new List<string>();
        foreach (var (method, path, body) in attempts)
        {
            var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var response = await host.Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var code = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                ? JsonDocument.Parse(text).RootElement.GetProperty("code").GetString()
                : text;
            answers.Add($"{method} {path}: {(int)response.StatusCode} {code}");
        }

        await using var connection = await host.Get<NpgsqlDataSource>().OpenConnectionAsync();
        var written = await connection.QuerySingleAsync<int>(
            """
            SELECT (SELECT count(*) FROM platform.audit_records WHERE region_code = @Unknown)
                 + (SELECT count(*) FROM projects.shared_results WHERE region_code = @Unknown)
                 + (SELECT count(*) FROM identity.organisation_units WHERE region_code = @Unknown)
            """, new { Unknown });
        answers.ShouldAllBe(answer => answer.EndsWith(": 404 platform.region.unknown"), string.Join('\n', answers));
        written.ShouldBe(0);
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { account = "platform-admin", password = "Demo@123456" });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }
}
