using Microsoft.AspNetCore.Routing;
using Platform.Testing;
using Xunit.Abstractions;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>
/// Every create and transition endpoint of the running host (enumerated from its routes, so endpoints
/// added later are fuzzed too) gets unreadable JSON, wrong types, 1 MB strings, unknown codes and ids,
/// path traversal, nulls, and bad route values and version headers; uploads get traversal in the file
/// name, oversized and mistyped files. Each must answer 4xx problem+json and change no row in any table.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output)
{
    private const int Seed = 13;

    [Fact]
    public async Task Should_answer_4xx_problem_json_and_write_nothing_when_any_create_or_transition_endpoint_gets_bad_input()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();
        await using var host = await PlatformTestHost.StartAsync("demo", $"--ConnectionStrings:Platform={connectionString}",
            $"--Cases:FileDirectory={TestCluster.NewDirectory("files")}", "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");
        var probe = await FuzzProbe.PrepareAsync(host.Http, new Random(Seed));
        var snapshot = new DatabaseSnapshot(connectionString);
        var endpoints = MutatingEndpoint.All(host.Get<EndpointDataSource>());
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var refusedForAccessOnly = new List<string>();
        var takesNoInput = new List<string>();

        foreach (var endpoint in endpoints)
        {
            var before = await snapshot.TakeAsync();
            var accessOnly = true;
            var any = false;
            foreach (var (kind, request) in probe.BadRequests(endpoint))
            {
                using var response = await host.Http.SendAsync(request);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                accessOnly &= status is 401 or 403;
                any = true;
                var type = response.Content.Headers.ContentType?.MediaType;
                if ((status is < 400 or > 499 || type != "application/problem+json") && !AnsweredByDesign(endpoint, kind, status))
                    failures.Add($"{endpoint.Method} {request.RequestUri} ({kind}) -> {status} {type}: {Truncate(await response.Content.ReadAsStringAsync())}");
            }

            if (!any) takesNoInput.Add($"{endpoint.Method} {endpoint.Pattern}");
            else if (accessOnly) refusedForAccessOnly.Add($"{endpoint.Method} {endpoint.Pattern}");
            var after = await snapshot.TakeAsync();
            if (after != before) failures.Add($"{endpoint.Method} {endpoint.Pattern} wrote: {DatabaseSnapshot.Difference(before, after)}");
        }

        await ReliabilityReport.WriteAsync(output, "bad-input",
        [
            ("create and transition endpoints", endpoints.Count), ("bad requests sent", statuses.Values.Sum()),
            ("answers", string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))), ("seed", Seed),
            ("take no input (no body, no route value), so nothing to send", string.Join("; ", takesNoInput)),
            ("refused for access before their input was read", string.Join("; ", refusedForAccessOnly)),
            ("failures", failures.Count), .. failures.Select((f, i) => ($"  {i + 1}", (object)f)),
        ]);
        endpoints.Select(e => e.Pattern).ShouldContain("/api/v1/cases/{id:guid}/decide");
        failures.ShouldBeEmpty();
    }

    /// <summary>RFC 7009 §2.2: revoking a well-formed token the server does not know answers as if it were revoked, and writes nothing.</summary>
    private static bool AnsweredByDesign(MutatingEndpoint endpoint, string kind, int status) =>
        endpoint.Pattern == "/api/v1/auth/signout" && status == 204 && kind is "invalid codes and ids" or "path traversal";

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
