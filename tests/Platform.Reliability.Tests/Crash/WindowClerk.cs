using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Reliability.Tests.Crash;

/// <summary>A 鹤山 window clerk who uploads a contract and submits a planning-permit case with it, again and again.</summary>
internal sealed class WindowClerk(HttpClient http, string token, Acknowledged acknowledged)
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";

    public static async Task<string> TokenAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { account = "440784-clerk", password = "Demo@123456" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public async Task SubmitUntilStoppedAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var fileId = await UploadAsync();
                if (fileId is null) continue;
                var submit = await SendAsync("/api/v1/cases", JsonContent.Create(new
                {
                    regionCode = "440784", matterCode = PlanningPermit,
                    applicant = new { id = "91440784MA5CRASH01", name = "鹤山市断电测试有限公司", kind = "enterprise" },
                    materials = new[] { new { materialCode = "M02", fileId } },
                }), Guid.NewGuid().ToString());
                if (submit.IsSuccessStatusCode)
                    acknowledged.Cases.Add((await submit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetGuid());
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or JsonException)
            {
                // The host died under the request: nothing was acknowledged, so nothing is owed.
                if (stop.IsCancellationRequested) return;
                await Task.Delay(10, CancellationToken.None);
            }
        }
    }

    private async Task<Guid?> UploadAsync()
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 出让合同 {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "出让合同.pdf");
        var upload = await SendAsync("/api/v1/files", content);
        if (!upload.IsSuccessStatusCode) return null;
        var stored = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var fileId = stored.GetProperty("id").GetGuid();
        acknowledged.Files[fileId] = stored.GetProperty("sha256").GetString()!;
        return fileId;
    }

    private Task<HttpResponseMessage> SendAsync(string path, HttpContent content, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return http.SendAsync(request);
    }
}
