using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Testing;
using Xunit.Abstractions;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>
/// Every operation of the live OpenAPI document under /api/v1 (GET included), called as a demo user allowed to call it,
/// with extreme values in turn in each query and route parameter (control characters, dates at and beyond the ends of
/// the calendar, the largest numbers, NaN) and in its JSON body (the same, and arrays whose items repeat, ids and all).
/// No answer may be 5xx, and a create or transition refused with 4xx must change no row in any table.
/// </summary>
public sealed class OpenApiFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20;
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    [Fact]
    public async Task Should_answer_no_5xx_and_write_nothing_on_refusal_when_every_operation_gets_extreme_values()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();
        await using var host = await PlatformTestHost.StartAsync("demo", $"--ConnectionStrings:Platform={connectionString}",
            $"--Cases:FileDirectory={TestCluster.NewDirectory("files")}", "--Identity:SignInPerMinute=100000", "--Identity:CreatePerMinute=100000");
        var probe = await FuzzProbe.PrepareAsync(host.Http, new Random(Seed));
        var document = JsonDocument.Parse(await host.Http.GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = OpenApiOperation.All(document);
        var values = new ExtremeValues(document, FuzzProbe.RegionFor);
        var snapshot = new DatabaseSnapshot(connectionString);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();

        foreach (var operation in operations.Where(o => !o.TakesForm))
        {
            var caller = await CallerAsync(host.Http, operation, probe, values, failures);
            string? before = null;
            foreach (var (kind, request) in Requests(operation, probe, values, caller))
            {
                if (operation.Mutating) before ??= await snapshot.TakeAsync();
                using var sent = request;
                using var response = await host.Http.SendAsync(sent);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500)
                    failures.Add($"{operation.Method} {sent.RequestUri} ({kind}) -> {status}: {Truncate(await response.Content.ReadAsStringAsync())}");
                if (!operation.Mutating) continue;
                if (status is < 400 or > 499)
                {
                    before = null;
                    continue;
                }

                var after = await snapshot.TakeAsync();
                if (after != before) failures.Add($"{operation.Method} {sent.RequestUri} ({kind}) -> {status} wrote: {DatabaseSnapshot.Difference(before!, after)}");
                before = after;
            }
        }

        await ReliabilityReport.WriteAsync(output, "openapi-fuzz",
        [
            ("operations", operations.Count), ("requests", statuses.Values.Sum()), ("seconds", (int)clock.Elapsed.TotalSeconds),
            ("answers", string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))), ("seed", Seed),
            ("failures", failures.Count), .. failures.Select((f, i) => ($"  {i + 1}", (object)f)),
        ]);
        operations.Select(o => o.Path).ShouldContain("/api/v1/payments/reconciliation");
        failures.ShouldBeEmpty();
    }

    /// <summary>
    /// The demo user whose plausible request is not refused for access (the area's usual caller first, then every other),
    /// so the extreme values reach the operation's input; the usual caller when every one is refused.
    /// </summary>
    private static async Task<string?> CallerAsync(HttpClient http, OpenApiOperation operation, FuzzProbe probe, ExtremeValues values,
        List<string> failures)
    {
        foreach (var account in new string?[] { null }.Concat(probe.Accounts))
        {
            var plausible = operation.Parameters.ToDictionary(p => p.Name, p => Plausible(operation, p, probe, values));
            using var request = probe.Request(operation.Method, operation.Path, Url(operation, plausible), PlausibleBody(operation, values), account: account);
            using var response = await http.SendAsync(request);
            if ((int)response.StatusCode >= 500) failures.Add($"{operation.Method} {request.RequestUri} (plausible, as {account}) -> {(int)response.StatusCode}");
            if ((int)response.StatusCode is not (401 or 403)) return account;
        }

        return null;
    }

    /// <summary>For each parameter in turn, each of its extreme values with the others plausible; then each extreme body.</summary>
    private static IEnumerable<(string Kind, HttpRequestMessage Request)> Requests(OpenApiOperation operation, FuzzProbe probe, ExtremeValues values,
        string? caller)
    {
        var plausible = operation.Parameters.ToDictionary(p => p.Name, p => Plausible(operation, p, probe, values));
        foreach (var parameter in operation.Parameters.Where(p => p.In is "query" or "path"))
        foreach (var value in values.ForParameter(parameter.Schema))
        {
            var chosen = new Dictionary<string, string>(plausible) { [parameter.Name] = value };
            yield return ($"{parameter.Name}={value}",
                probe.Request(operation.Method, operation.Path, Url(operation, chosen), PlausibleBody(operation, values), account: caller));
        }

        if (operation.Body is not { } schema) yield break;
        foreach (var (kind, body) in values.Bodies(schema, operation.Path))
            yield return (kind, probe.Request(operation.Method, operation.Path, Url(operation, plausible),
                new StringContent(body?.ToJsonString() ?? "null", Json), account: caller));
    }

    private static string Plausible(OpenApiOperation operation, OpenApiParameter parameter, FuzzProbe probe, ExtremeValues values) =>
        parameter.In == "path" && parameter.Name is "id" or "caseId" && operation.Path.StartsWith("/api/v1/cases/", StringComparison.Ordinal)
            ? probe.CaseId.ToString()
            : values.Plausible(parameter.Schema, parameter.Name, operation.Path);

    private static HttpContent? PlausibleBody(OpenApiOperation operation, ExtremeValues values) =>
        operation.Body is { } schema ? new StringContent(values.PlausibleBody(schema, operation.Path)?.ToJsonString() ?? "null", Json) : null;

    private static string Url(OpenApiOperation operation, IReadOnlyDictionary<string, string> chosen)
    {
        var path = operation.Path;
        var query = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var value = Uri.EscapeDataString(chosen[parameter.Name]);
            if (parameter.In == "path") path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
            else if (parameter.In == "query") query.Add($"{Uri.EscapeDataString(parameter.Name)}={value}");
        }

        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
