using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Npgsql;
using Platform.Cases.Files;
using Platform.Cases.Tests.Api;
using Platform.Testing;

namespace Platform.Cases.Tests.Files;

public sealed class FileSignatureTests
{
    private static readonly (string Name, string Type, byte[] Bytes)[] Mismatches =
    [
        ("程序.png", "image/png", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]),
        ("脚本.pdf", "application/pdf", "#!/bin/sh\nrm -rf /\n"u8.ToArray()),
        ("照片.jpg", "image/jpeg", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("版式.ofd", "application/ofd", "%PDF-1.7 不是 OFD"u8.ToArray()),
        ("短.png", "image/png", [0x89]),
    ];

    [Fact]
    public async Task Should_refuse_with_415_and_store_nothing_when_a_file_does_not_start_as_its_declared_type()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var (rows, files) = await StoredAsync(api);

        foreach (var (name, type, bytes) in Mismatches)
        {
            var refused = await UploadAsync(api, clerk, name, type, bytes);
            refused.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType, $"{name}: {await refused.Content.ReadAsStringAsync()}");
            (await CaseApi.CodeAsync(refused)).ShouldBe("case.file.content_mismatch");
        }

        (await StoredAsync(api)).ShouldBe((rows, files));
    }

    /// <summary>The files' rows in the database and the files on disk.</summary>
    private static async Task<(long Rows, int Files)> StoredAsync(CaseApi api)
    {
        await using var connection = await api.Host.Get<NpgsqlDataSource>().OpenConnectionAsync();
        var root = api.Host.Get<FileStore>().Root;
        return (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM cases.files"),
            Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length : 0);
    }

    [Fact]
    public async Task Should_store_a_png_and_a_pdf_that_start_as_their_types()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");

        var png = await UploadAsync(api, clerk, "照片.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var pdf = await UploadAsync(api, clerk, "申请表.pdf", "application/pdf", "%PDF-1.7 申请表"u8.ToArray());

        png.StatusCode.ShouldBe(HttpStatusCode.OK, await png.Content.ReadAsStringAsync());
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> UploadAsync(CaseApi api, string token, string name, string type, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return api.Host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/files")
        {
            Content = new MultipartFormDataContent { { file, "file", name } },
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        });
    }
}
