using System.Text.Json;

namespace Platform.Load.Driver;

/// <summary>The operations of a case's life as the load runs them, each one HTTP request timed under its name.</summary>
internal sealed class Journeys(PlatformClient client)
{
    public Task<JsonElement> SearchAsync(RegionDesk desk) =>
        client.SendAsync("search", HttpMethod.Get, $"/api/v1/regions/{desk.RegionCode}/matters?q={Uri.EscapeDataString(desk.SearchTerm)}&pageSize=10", null);

    public Task<JsonElement> SubmitAsync(RegionDesk desk, Submitter submitter, DateTime? intendedStart = null) =>
        client.SendAsync("submit", HttpMethod.Post, "/api/v1/cases", submitter.Token, desk.Submission(submitter),
            idempotencyKey: Guid.NewGuid().ToString("N"), intendedStart: intendedStart);

    /// <summary>The applicant e-signs an online application (a no-face route accepts it only signed).</summary>
    public Task<JsonElement> SignAsync(Submitter applicant, JsonElement submitted) =>
        client.SendAsync("sign", HttpMethod.Post, $"/api/v1/cases/{submitted.GetProperty("case").GetProperty("id").GetGuid()}/signatures", applicant.Token,
            new { document = "application" });

    public Task<JsonElement> TrackAsync(JsonElement submitted) =>
        client.SendAsync("track", HttpMethod.Get,
            $"/api/v1/cases/track?number={submitted.GetProperty("case").GetProperty("number").GetString()}&queryCode={submitted.GetProperty("queryCode").GetString()}",
            null);

    public Task<JsonElement> QueueAsync(RegionDesk desk) => client.SendAsync("queue", HttpMethod.Get, "/api/v1/cases/queue?pageSize=20", desk.Reviewers[desk.HandlingUnitCode]);

    public Task<JsonElement> HandleAsync(RegionDesk desk, JsonElement submitted) =>
        HandleAsync(desk.Clerk.Token, unit => Task.FromResult(desk.Reviewers[unit]), submitted);

    /// <summary>Accept, every review step by a reviewer of its unit, decide in the handling unit; returns the decided case.</summary>
    public async Task<JsonElement> HandleAsync(string clerk, Func<string, Task<string>> reviewerOf, JsonElement submitted)
    {
        var view = submitted.GetProperty("case");
        var id = view.GetProperty("id").GetGuid();
        view = await client.SendAsync("accept", HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: ETag(view));
        while (OpenReviewUnit(view) is { } unit)
            view = await client.SendAsync("review", HttpMethod.Post, $"/api/v1/cases/{id}/review", await reviewerOf(unit),
                new { agrees = true, opinion = "符合法定条件" }, ifMatch: ETag(view));

        return await client.SendAsync("decide", HttpMethod.Post, $"/api/v1/cases/{id}/decide", await reviewerOf(view.GetProperty("handlingUnitCode").GetString()!),
            new { approve = true, reasons = "材料齐全，符合法定条件", legalBasis = "《中华人民共和国行政许可法》第三十八条" }, ifMatch: ETag(view));
    }

    private static string ETag(JsonElement view) => $"\"{view.GetProperty("version").GetInt32()}\"";

    private static string? OpenReviewUnit(JsonElement view) =>
        view.GetProperty("reviewSteps").EnumerateArray()
            .Where(s => s.GetProperty("completedAt").ValueKind == JsonValueKind.Null)
            .Select(s => s.GetProperty("unitCode").GetString())
            .FirstOrDefault();
}
