using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Load.Reporting;

namespace Platform.Load.Driver;

/// <summary>The platform's HTTP API as the load needs it; every call is timed into the phase's latencies under its operation name.</summary>
internal sealed class PlatformClient(HttpClient http)
{
    public const string Password = "Demo@123456";

    public Latencies? Latencies { get; set; }

    public async Task<string> StaffTokenAsync(string account) =>
        (await SendAsync("sign-in", HttpMethod.Post, "/api/v1/auth/token", null, new { account, password = Password })).GetProperty("accessToken").GetString()!;

    public async Task<string> ApplicantTokenAsync(string identifier) =>
        (await SendAsync("sign-in", HttpMethod.Post, "/api/v1/auth/applicant/token", null, new { identifier, password = Password }))
        .GetProperty("accessToken").GetString()!;

    public async Task<Guid> UploadAsync(string token)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {Guid.NewGuid()}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "材料.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/files") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await ExchangeAsync("upload", request)).GetProperty("id").GetGuid();
    }

    /// <summary>Sends one request and returns its JSON body; a non-2xx answer counts as a failure of the operation and throws.</summary>
    public Task<JsonElement> SendAsync(string operation, HttpMethod method, string path, string? token, object? body = null,
        string? ifMatch = null, string? idempotencyKey = null, DateTime? intendedStart = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return ExchangeAsync(operation, request, intendedStart);
    }

    private async Task<JsonElement> ExchangeAsync(string operation, HttpRequestMessage request, DateTime? intendedStart = null)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (!response.IsSuccessStatusCode)
            {
                Latencies?.Fail(operation, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                throw new LoadRequestException(operation, (int)response.StatusCode, json.ToString());
            }

            // An open-loop request counts from when it was due, so a backed-up host cannot hide its queueing.
            var elapsed = intendedStart is { } due ? (DateTime.UtcNow - due).TotalMilliseconds : Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Latencies?.Record(operation, elapsed);
            return json;
        }
        catch (HttpRequestException error)
        {
            Latencies?.Fail(operation, error.HttpRequestError.ToString());
            throw;
        }
        finally
        {
            request.Dispose();
        }
    }
}
