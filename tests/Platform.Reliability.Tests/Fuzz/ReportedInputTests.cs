using System.Net.Http.Json;
using Platform.Testing;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>
/// The bad input an outside probe found reaching 500 (issue #20): a NUL in stored text, in a body or a query string;
/// reconciliation asked for 0001-01-01 to 9999-12-31; a bundle draft whose questions share an id. Each is refused with
/// 400 problem+json naming its rule, and no row of any table changes.
/// </summary>
public sealed class ReportedInputTests
{
    private const string Nul = "\u0000";

    [Fact]
    public async Task Should_answer_400_problem_json_and_write_nothing_when_the_reported_bad_input_is_sent()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();
        await using var host = await PlatformTestHost.StartAsync("demo", $"--ConnectionStrings:Platform={connectionString}",
            $"--Cases:FileDirectory={TestCluster.NewDirectory("files")}", "--Identity:SignInPerMinute=100000", "--Identity:CreatePerMinute=100000");
        var clerk = await ApiCalls.TokenAsync(host.Http);
        var admin = await ApiCalls.TokenAsync(host.Http, "440784-admin");
        var yueyangAdmin = await ApiCalls.TokenAsync(host.Http, "430600-admin");
        var fileId = (await ApiCalls.JsonAsync(await ApiCalls.UploadAsync(host.Http, clerk))).GetProperty("id").GetGuid();
        var snapshot = new DatabaseSnapshot(connectionString);
        var before = await snapshot.TakeAsync();
        var question = new { id = "q1", text = "是否需要发票", options = new[] { new { value = "yes", label = "是" }, new { value = "no", label = "否" } } };
        (string What, HttpMethod Method, string Path, string Token, object? Body, string Code)[] requests =
        [
            ("NUL in a case form field", HttpMethod.Post, "/api/v1/cases", clerk, Submission(fileId, "鹤山市可靠性测试有限公司", $"宏达{Nul}厂房"),
                "request.control_character"),
            ("NUL in an applicant's name", HttpMethod.Post, "/api/v1/cases", clerk, Submission(fileId, $"鹤山市{Nul}测试有限公司", "宏达厂房"),
                "request.control_character"),
            ("U+001F in a unit's name", HttpMethod.Post, "/api/v1/identity/units", admin,
                new { regionCode = "440784", code = "nul-unit", name = $"测试{'\u001f'}局", kind = "Bureau" }, "request.control_character"),
            ("NUL in a query string", HttpMethod.Get, $"/api/v1/cases/requirements?region=440784&matter={ApiCalls.PlanningPermit}%00", clerk, null,
                "request.control_character"),
            ("reconciliation from 0001-01-01", HttpMethod.Get, "/api/v1/payments/reconciliation?region=440784&from=0001-01-01", clerk, null,
                "request.date_out_of_range"),
            ("reconciliation to 9999-12-31", HttpMethod.Get, "/api/v1/payments/reconciliation?region=440784&to=9999-12-31", clerk, null,
                "request.date_out_of_range"),
            ("a bundle draft with two questions sharing an id", HttpMethod.Put, "/api/v1/admin/regions/430600/bundles/draft", yueyangAdmin,
                new
                {
                    code = "dup-question", name = "重复情形测试", leadUnit = "zwfw", guide = "测试", committedTimeLimit = new { amount = 5 },
                    questions = new[] { question, question }, members = new[] { new { matterCode = "x" } }, materialRules = Array.Empty<object>(),
                    fields = Array.Empty<object>(),
                }, "bundle.definition.invalid"),
        ];
        var failures = new List<string>();

        foreach (var (what, method, path, token, body, code) in requests)
        {
            using var response = await ApiCalls.SendAsync(host.Http, method, path, token, body is null ? null : JsonContent.Create(body),
                idempotencyKey: Guid.NewGuid().ToString());
            var text = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != 400 || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || !text.Contains($"\"code\":\"{code}\"", StringComparison.Ordinal))
                failures.Add($"{what}: {(int)response.StatusCode} {text}");
        }

        failures.ShouldBeEmpty();
        DatabaseSnapshot.Difference(before, await snapshot.TakeAsync()).ShouldBeEmpty();
    }

    private static object Submission(Guid fileId, string applicantName, string projectName) => new
    {
        regionCode = "440784", matterCode = ApiCalls.PlanningPermit,
        applicant = new { id = "91440784MA5RELIAB1", name = applicantName, kind = "enterprise" },
        form = new { 项目名称 = projectName },
        materials = new[] { new { materialCode = "M02", fileId } },
    };
}
