using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Reliability.Tests;

/// <summary>The calls every reliability test makes against a running host: a staff token, an upload, an authorised request.</summary>
internal static class ApiCalls
{
    public const string PlanningPermit = "11440784MB0000011X000172001000";

    public static async Task<string> TokenAsync(HttpClient http, string account = "440784-clerk")
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { account, password = "Demo@123456" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Uploads a small, unique PDF; the response is the host's own (a 2xx carries id and sha256).</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient http, string token, string fileName = "出让合同.pdf")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 出让合同 {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", fileName);
        return SendAsync(http, HttpMethod.Post, "/api/v1/files", token, content);
    }

    /// <summary>A 鹤山 planning-permit submission with one uploaded material, as a window clerk makes it.</summary>
    public static HttpContent Submission(Guid? fileId) => JsonContent.Create(new
    {
        regionCode = "440784", matterCode = PlanningPermit,
        applicant = new { id = "91440784MA5RELIAB1", name = "鹤山市可靠性测试有限公司", kind = "enterprise" },
        materials = fileId is null ? [] : new[] { new { materialCode = "M02", fileId = fileId.Value } },
    });

    public static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string token, HttpContent? content = null,
        string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
