using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;
using Xunit.Abstractions;

namespace Platform.Reliability.Tests.Overload;

/// <summary>
/// A host allowed two requests at a time (and five failed sign-ins per address), flooded: what it cannot take is
/// refused at once with 503 or 429 problem+json and a Retry-After, never a 500 or an endless wait, and it
/// serves normally as soon as the flood stops.
/// </summary>
public sealed class OverloadTests(ITestOutputHelper output)
{
    private const int Flood = 120;

    [Fact]
    public async Task Should_shed_load_with_503_and_429_and_recover_by_itself_when_flooded_beyond_its_limits()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Platform:MaxConcurrentRequests=2", "--Identity:FailedSignInsPerAddress=5");
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        var reads = await Task.WhenAll(Enumerable.Range(0, Flood).Select(_ => http.GetAsync("/api/v1/regions/440784/matters")));
        var health = await http.GetAsync("/healthz");
        // One at a time, so the concurrency limit stays out of it and only the failed sign-in throttle speaks.
        var signIns = new List<HttpResponseMessage>();
        for (var i = 0; i < 20; i++)
            signIns.Add(await http.PostAsJsonAsync("/api/v1/auth/token", new { account = $"overload-{i}", password = "Wrong2026pass" }));
        var after = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++) after.Add((await http.GetAsync("/api/v1/regions/440784/matters")).StatusCode);

        var shed = reads.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        var limited = signIns.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        await ReliabilityReport.WriteAsync(output, "overload",
        [
            ("concurrent reads against MaxConcurrentRequests=2", Flood),
            ("served 200", reads.Count(r => r.StatusCode == HttpStatusCode.OK)), ("shed with 503", shed.Count),
            ("failed sign-ins in a row against 5 per address", signIns.Count), ("refused with 429", limited.Count),
            ("reads after the flood served 200", $"{after.Count(s => s == HttpStatusCode.OK)} of {after.Count}"),
        ]);
        reads.Select(r => r.StatusCode).Distinct().ShouldBeSubsetOf([HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable]);
        shed.ShouldNotBeEmpty();
        foreach (var response in shed) await ShouldBeRefusalAsync(response, "platform.overloaded");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        signIns.Select(r => r.StatusCode).Distinct().ShouldBeSubsetOf([HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
        limited.Count.ShouldBe(15);
        foreach (var response in limited) await ShouldBeRefusalAsync(response, "platform.rate_limited");
        after.ShouldAllBe(status => status == HttpStatusCode.OK);
    }

    internal static async Task ShouldBeRefusalAsync(HttpResponseMessage response, string code)
    {
        response.Headers.RetryAfter.ShouldNotBeNull();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
    }
}
