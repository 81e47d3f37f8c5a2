using System.Text.Json;

namespace Platform.Reliability.Tests.Crash;

/// <summary>A 鹤山 window clerk who uploads a contract and submits a planning-permit case with it, again and again.</summary>
internal sealed class WindowClerk(HttpClient http, string token, Acknowledged acknowledged)
{
    public async Task SubmitUntilStoppedAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var upload = await ApiCalls.UploadAsync(http, token);
                if (!upload.IsSuccessStatusCode) continue;
                var stored = await ApiCalls.JsonAsync(upload);
                var fileId = stored.GetProperty("id").GetGuid();
                acknowledged.Files[fileId] = stored.GetProperty("sha256").GetString()!;

                var submit = await ApiCalls.SendAsync(http, HttpMethod.Post, "/api/v1/cases", token, ApiCalls.Submission(fileId),
                    idempotencyKey: Guid.NewGuid().ToString());
                if (submit.IsSuccessStatusCode)
                    acknowledged.Cases.Add((await ApiCalls.JsonAsync(submit)).GetProperty("case").GetProperty("id").GetGuid());
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or JsonException)
            {
                // The host died under the request: nothing was acknowledged, so nothing is owed.
                if (stop.IsCancellationRequested) return;
                await Task.Delay(10, CancellationToken.None);
            }
        }
    }
}
