using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Platform.Identity.Tests.Support;

namespace Platform.Identity.Tests.Acceptance;

/// <summary>
/// The acceptance rule: nobody of 盐都 (320903) reads, lists or changes anything of 鹤山 (440784), through
/// ANY endpoint under /api/v1. The endpoints are enumerated from the running host, so endpoints other
/// modules add later are probed too, with 鹤山's ids, codes and region in every route, query and body slot.
/// </summary>
public sealed class CrossRegionTests(DemoHost demo) : IClassFixture<DemoHost>
{
    private const string Heshan = "440784";
    private static readonly string[] YanduStaff = ["clerk", "reviewer", "leader", "park", "supervisor", "admin"];

    [Fact]
    public async Task Should_never_return_or_change_heshan_data_when_any_yandu_user_calls_any_api_endpoint()
    {
        await SubmitHeshanCaseAsync();
        var before = await SnapshotAsync();
        var targets = await HeshanTargetsAsync();
        var tokens = new List<(string Who, string Token)>();
        foreach (var suffix in YanduStaff) tokens.Add(($"320903-{suffix}", await demo.Api.AccessTokenAsync($"320903-{suffix}")));
        tokens.Add(("320903 applicant", await ApplicantTokenAsync()));

        var endpoints = ApiEndpoints();
        var leaks = new List<string>();
        var probes = 0;
        foreach (var (method, pattern, isPublic) in endpoints)
        foreach (var path in ConcretePaths(pattern, targets))
        foreach (var (who, token) in tokens)
        {
            var response = await demo.Api.SendAsync(new HttpMethod(method), path, token, method is "GET" or "DELETE" ? null : ProbeBody(targets));
            var body = await response.Content.ReadAsStringAsync();
            probes++;
            // Anonymous reads (the published catalogue, calendars) are public by design; changes are still checked.
            if (!isPublic && (int)response.StatusCode is >= 200 and < 300 && targets.Markers.FirstOrDefault(body.Contains) is { } marker)
                leaks.Add($"{who} {method} {path} -> {(int)response.StatusCode} revealed {marker}");
            if (method != "GET" && (int)response.StatusCode is >= 200 and < 300 && await SnapshotAsync() != before)
                leaks.Add($"{who} {method} {path} -> {(int)response.StatusCode} changed 鹤山 data");
        }

        endpoints.Select(e => e.Pattern).ShouldContain("/api/v1/identity/users/{id:guid}");
        probes.ShouldBeGreaterThan(endpoints.Count * tokens.Count);
        leaks.ShouldBeEmpty();
        (await SnapshotAsync()).ShouldBe(before);
    }

    /// <summary>A 鹤山 case at the window, so the case endpoints have a record of another region to be asked about.</summary>
    private async Task SubmitHeshanCaseAsync()
    {
        var clerk = await demo.Api.AccessTokenAsync("440784-clerk");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                regionCode = Heshan, matterCode = "11440784MB0000011X000172001000",
                applicant = new { id = "91440784MA5CROSS01", name = "鹤山市跨区测试有限公司", kind = "enterprise" },
            }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", clerk);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await demo.Host.Http.SendAsync(request);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private IReadOnlyList<(string Method, string Pattern, bool IsPublic)> ApiEndpoints() =>
        demo.Host.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"],
                IsPublic: e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null))
            .Where(e => e.Pattern.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => (m, e.Pattern, e.IsPublic)))
            .Distinct().OrderBy(e => e.Pattern).ToList();

    /// <summary>Every route parameter gets each of 鹤山's ids (when it is an id) or its region and unit codes; lists also get ?region=.</summary>
    private static IEnumerable<string> ConcretePaths(string pattern, HeshanTargets targets)
    {
        var parameters = Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(pattern).Parameters;
        var paths = new List<string> { pattern };
        foreach (var parameter in parameters)
        {
            var isId = parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase)
                       || parameter.ParameterPolicies.Any(p => p.Content == "guid");
            IEnumerable<string> values = isId ? targets.Ids.Select(i => i.ToString()) : [Heshan, .. targets.UnitCodes];
            var token = pattern[pattern.IndexOf("{" + parameter.Name, StringComparison.Ordinal)..];
            token = token[..(token.IndexOf('}') + 1)];
            paths = paths.SelectMany(p => values.Select(v => p.Replace(token, Uri.EscapeDataString(v)))).ToList();
        }

        var query = $"region={Heshan}&regionCode={Heshan}&unitId={targets.Ids[0]}";
        return paths.SelectMany(p => new[] { p, $"{p}?{query}" });
    }

    private static object ProbeBody(HeshanTargets targets) => new
    {
        regionCode = Heshan, region = Heshan, unitId = targets.Ids[0], parentId = targets.Ids[0], userId = targets.Ids[^1],
        id = targets.Ids[0], code = "cross-region-probe", name = "越权探测", kind = "rest", unitKind = "Bureau", account = "cross-region-probe",
        displayName = "越权探测", password = "CrossRegion2026x", roles = new[] { "WindowClerk" }, disabled = true, date = "2026-10-09",
    };

    private async Task<string> ApplicantTokenAsync()
    {
        var response = await demo.Host.Http.PostAsJsonAsync("/api/v1/auth/applicant/token", new { identifier = "13932090301", password = ApiClient.DemoPassword });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private async Task<HeshanTargets> HeshanTargetsAsync()
    {
        await using var connection = new NpgsqlConnection(demo.Host.App.Database.ConnectionString);
        var units = (await connection.QueryAsync<(Guid Id, string Code, string Name)>(
            "SELECT id, code, name FROM identity.organisation_units WHERE region_code = @Heshan ORDER BY code", new { Heshan })).ToList();
        var users = (await connection.QueryAsync<(Guid Id, string Account, string DisplayName)>(
            "SELECT id, account, display_name FROM identity.users WHERE region_code = @Heshan ORDER BY account", new { Heshan })).ToList();
        // A name 盐都 also uses (综合受理窗口) proves nothing; ids, accounts and 鹤山's own names do.
        var sharedNames = (await connection.QueryAsync<string>(
            "SELECT name FROM identity.organisation_units WHERE region_code <> @Heshan UNION SELECT display_name FROM identity.users WHERE region_code <> @Heshan",
            new { Heshan })).ToHashSet();
        units.ShouldNotBeEmpty();
        users.ShouldNotBeEmpty();
        var others = await OtherModulesIdsAsync(connection);
        List<Guid> ids = [.. units.Take(3).Select(u => u.Id), .. users.Select(u => u.Id), .. others];
        List<string> markers = [.. units.Select(u => u.Id.ToString()), .. users.Select(u => u.Id.ToString()), .. users.Select(u => u.Account),
            .. others.Select(i => i.ToString()),
            .. units.Select(u => u.Name).Concat(users.Select(u => u.DisplayName)).Where(n => !sharedNames.Contains(n))];
        return new HeshanTargets(ids, units.Take(2).Select(u => u.Code).ToList(), markers);
    }

    /// <summary>A few ids of 鹤山 rows of every other table with a uuid id and a region_code, so later modules' records are probed too.</summary>
    private static async Task<List<Guid>> OtherModulesIdsAsync(NpgsqlConnection connection)
    {
        var tables = await connection.QueryAsync<(string Schema, string Table)>(
            """
            SELECT r.table_schema, r.table_name FROM information_schema.columns r
            JOIN information_schema.columns i ON i.table_schema = r.table_schema AND i.table_name = r.table_name
                AND i.column_name = 'id' AND i.data_type = 'uuid'
            WHERE r.column_name = 'region_code' AND r.table_schema <> 'identity'
            """);
        var ids = new List<Guid>();
        foreach (var (schema, table) in tables)
            ids.AddRange(await connection.QueryAsync<Guid>($"SELECT id FROM \"{schema}\".\"{table}\" WHERE region_code = @Heshan LIMIT 3", new { Heshan }));
        return ids;
    }

    private async Task<string> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(demo.Host.App.Database.ConnectionString);
        var units = await connection.QueryAsync<string>(
            "SELECT row_to_json(u)::text FROM identity.organisation_units u WHERE region_code = @Heshan ORDER BY id", new { Heshan });
        var users = await connection.QueryAsync<string>(
            "SELECT row_to_json(u)::text FROM (SELECT id, region_code, unit_id, account, display_name, roles, password_hash, disabled, version FROM identity.users) u WHERE region_code = @Heshan ORDER BY id",
            new { Heshan });
        // Any module that changes 鹤山 data appends to 鹤山's audit chain in the same transaction, so the chain's length is a witness.
        var audit = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM platform.audit_records WHERE region_code = @Heshan", new { Heshan });
        return string.Join('\n', units.Concat(users).Append($"audit records: {audit}"));
    }

    private sealed record HeshanTargets(IReadOnlyList<Guid> Ids, IReadOnlyList<string> UnitCodes, IReadOnlyList<string> Markers);
}
