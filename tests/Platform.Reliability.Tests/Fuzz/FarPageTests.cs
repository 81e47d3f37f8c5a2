using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Platform.Testing;
using Xunit.Abstractions;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>
/// Every paged list of the running host (a GET under /api/v1 whose handler takes <c>page</c>, enumerated from its routes)
/// asked for the last page a 32-bit number can name, by each demo role in its own region: none may fail with 5xx. The
/// offset of such a page does not fit in 32 bits; computed in them it went negative and PostgreSQL refused the query.
/// </summary>
public sealed class FarPageTests(ITestOutputHelper output)
{
    private static readonly (string Account, string Region)[] Callers =
    [
        ("440784-clerk", "440784"), ("440784-admin", "440784"), ("440784-supervisor", "440784"), ("320903-clerk", "320903"),
        ("320903-admin", "320903"), ("430682-park", "430682"), ("430682-admin", "430682"), ("210300-admin", "210300"),
    ];

    [Fact]
    public async Task Should_answer_every_paged_list_without_a_server_error_when_the_page_is_the_largest_number()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000");
        var lists = host.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal)
                        && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true
                        && e.Metadata.GetMetadata<MethodInfo>()?.GetParameters().Any(p => p.Name == "page") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Order(StringComparer.Ordinal).ToList();
        var failures = new List<string>();
        var served = 0;

        foreach (var (account, region) in Callers)
        {
            var token = await ApiCalls.TokenAsync(host.Http, account);
            foreach (var list in lists)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{Fill(list, region)}?region={region}&page={int.MaxValue}");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await host.Http.SendAsync(request);
                if ((int)response.StatusCode >= 500) failures.Add($"{account} GET {request.RequestUri} -> {(int)response.StatusCode}");
                else if (response.IsSuccessStatusCode) served++;
            }
        }

        await ReliabilityReport.WriteAsync(output, "far-page",
        [
            ("paged lists", lists.Count), ("callers", Callers.Length), ("answered 2xx", served), ("failures", failures.Count),
            .. failures.Select((f, i) => ($"  {i + 1}", (object)f)),
        ]);
        lists.ShouldContain("/api/v1/cases/queue");
        served.ShouldBeGreaterThan(lists.Count);
        failures.ShouldBeEmpty();
    }

    /// <summary>Route values: the caller's region for a region, a fresh id for an id, a word for anything else.</summary>
    private static string Fill(string pattern, string region) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}:]+)[^}]*\}", m =>
            m.Groups[1].Value.Contains("region", StringComparison.OrdinalIgnoreCase) ? region
            : m.Groups[1].Value.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString()
            : "x");
}
