using System.Net;
using Dapper;
using Npgsql;
using Platform.Cases.Tests.Api;
using Platform.Kernel.Audit;
using Platform.Testing;

namespace Platform.Cases.Tests.Files;

/// <summary>Staff open a case's material files inline; each reading leaves a view record and an audit record.</summary>
public sealed class FileViewTests
{
    [Fact]
    public async Task Should_serve_a_material_file_inline_and_record_who_read_it_when_a_reviewer_opens_it()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var fileId = await api.UploadAsync(clerk);
        var id = await SubmitAsync(api, clerk, fileId);
        var reviewer = await api.ReviewerTokenAsync("zrzy");

        var opened = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/{id}/materials/M01/file", reviewer);
        var noFile = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/{id}/materials/M02/file", reviewer);
        var otherRegion = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/{id}/materials/M01/file", await api.StaffTokenAsync("320903-reviewer"));

        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        opened.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        opened.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        (await opened.Content.ReadAsStringAsync()).ShouldStartWith("%PDF-1.7");
        opened.Headers.GetValues("X-Frame-Options").ShouldBe(["SAMEORIGIN"]);
        noFile.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CaseApi.CodeAsync(noFile)).ShouldBe("case.file.not_found");
        otherRegion.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var connection = new NpgsqlConnection(api.Host.App.Database.ConnectionString);
        var views = (await connection.QueryAsync<(string Material, string Viewer, string Unit)>(
            "SELECT material_code, viewer_name, unit_code FROM cases.file_views WHERE case_id = @id", new { id })).ToList();
        views.ShouldBe([("M01", "zrzy审查员", "zrzy")]);
        var audited = await connection.QueryAsync<string>(
            "SELECT data FROM platform.audit_records WHERE action = 'case.file.viewed' AND subject_id = @id", new { id = id.ToString() });
        audited.Single().ShouldContain(fileId.ToString());
        (await api.Host.Get<IAuditTrail>().VerifyAsync("440784", CancellationToken.None)).Intact.ShouldBeTrue();
    }

    private static async Task<Guid> SubmitAsync(CaseApi api, string clerk, Guid fileId)
    {
        var created = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, new
        {
            regionCode = "440784", matterCode = TestMatters.PlanningPermit.Code,
            applicant = new { id = "91440784MA5FILES1X", name = "鹤山市查看测试有限公司", kind = "enterprise" },
            materials = new[] { new { materialCode = "M01", fileId } },
        }, idempotencyKey: Guid.NewGuid().ToString());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await CaseApi.JsonAsync(created)).GetProperty("case").GetProperty("id").GetGuid();
    }
}
