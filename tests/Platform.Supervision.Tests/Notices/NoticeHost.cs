using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Supervision.Contracts;
using Platform.Supervision.Notifications;
using Platform.Testing;

namespace Platform.Supervision.Tests.Notices;

/// <summary>One host for the notice tests (the outbound job effectively off: tests run the dispatcher themselves) and 盐都 cases.</summary>
public sealed class NoticeHost : IAsyncLifetime
{
    public const string Region = "320903";
    public const string CompanyRegistration = "11320903MB0000021X000105001000";
    public const string CitizenPhone = "13932090301";
    public static readonly CaseActor Clerk = new("t-clerk", "窗口受理员", Region, "zhck");
    public static readonly CaseActor MarketReviewer = new("reviewer-scjg", "市场监管局审查员", Region, "scjg");

    internal SupervisionHost Host { get; private set; } = default!;
    internal Http Http { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Host = await SupervisionHost.StartAsync(new TestClock(TestClock.At(2026, 9, 28, 10)), "--Supervision:OutboundSeconds=86400");
        Http = new Http(Host.Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public Task<string> CitizenAsync() => Http.ApplicantAsync(CitizenPhone);

    /// <summary>A citizen's online 盐都 company registration (M03 comes from the shared e-licence library).</summary>
    public async Task<CaseView> SubmitAsync(string token)
    {
        var materials = new List<object>();
        foreach (var code in new[] { "M01", "M02", "M04" }) materials.Add(new { materialCode = code, fileId = await Http.UploadAsync(token) });
        var submitted = await Http.JsonAsync(HttpMethod.Post, "/api/v1/cases", token,
            new { regionCode = Region, matterCode = CompanyRegistration, form = new { 名称 = "盐都通知测试" }, materials },
            idempotencyKey: Guid.NewGuid().ToString());
        var id = submitted.GetProperty("case").GetProperty("id").GetGuid();
        // A no-face application is accepted only once the applicant has e-signed it.
        await Http.JsonAsync(HttpMethod.Post, $"/api/v1/cases/{id}/signatures", token, new { document = "application" });
        return (await Host.Get<ICaseReader>().GetAsync(id, default))!;
    }

    /// <summary>Runs the outbound dispatcher, then answers what the recording fake holds for the case.</summary>
    public async Task<List<OutboundNotification>> SentForAsync(string caseNumber)
    {
        await Host.Get<OutboundDispatcher>().SendPendingAsync(default);
        return Host.Get<RecordingNotificationSender>().Sent.Where(n => n.Text.Contains(caseNumber)).ToList();
    }

    public async Task<List<JsonElement>> NoticesAsync(string token) =>
        (await Http.JsonAsync(HttpMethod.Get, "/api/v1/my/notices?size=100", token)).GetProperty("items").EnumerateArray().ToList();
}
