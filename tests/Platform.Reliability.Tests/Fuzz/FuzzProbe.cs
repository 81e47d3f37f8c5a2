using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>
/// What the fuzzing needs from the host: a 鹤山 case under review (version 2) for the case routes, the
/// tokens of users allowed to call each area, and the bad requests for one endpoint.
/// </summary>
internal sealed class FuzzProbe
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly Dictionary<string, string> tokens;
    private readonly Guid caseId;
    private readonly Random random;

    private FuzzProbe(Dictionary<string, string> tokens, Guid caseId, Random random)
    {
        this.tokens = tokens;
        this.caseId = caseId;
        this.random = random;
    }

    public static async Task<FuzzProbe> PrepareAsync(HttpClient http, Random random)
    {
        var tokens = new Dictionary<string, string>();
        foreach (var account in new[]
                 {
                     "440784-clerk", "440784-admin", "440784-supervisor", "440784-reviewer", "440784-leader", "320903-clerk", "320903-admin",
                     "430682-park", "430682-admin",
                 })
            tokens[account] = await ApiCalls.TokenAsync(http, account);
        var applicant = await http.PostAsJsonAsync("/api/v1/auth/applicant/token", new { identifier = "91440784MA0DEMO01X", password = "Demo@123456" });
        tokens["applicant"] = (await ApiCalls.JsonAsync(applicant)).GetProperty("accessToken").GetString()!;
        var clerk = tokens["440784-clerk"];
        var upload = await ApiCalls.JsonAsync(await ApiCalls.UploadAsync(http, clerk));
        var submitted = await ApiCalls.SendAsync(http, HttpMethod.Post, "/api/v1/cases", clerk,
            ApiCalls.Submission(upload.GetProperty("id").GetGuid()), idempotencyKey: "fuzz-case");
        var caseId = (await ApiCalls.JsonAsync(submitted)).GetProperty("case").GetProperty("id").GetGuid();
        var accepted = await ApiCalls.SendAsync(http, HttpMethod.Post, $"/api/v1/cases/{caseId}/tolerant-accept", clerk,
            JsonContent.Create(new { commitmentLetterSigned = true }), ifMatch: "\"1\"");
        accepted.EnsureSuccessStatusCode();
        return new FuzzProbe(tokens, caseId, random);
    }

    public IEnumerable<(string Kind, HttpRequestMessage Request)> BadRequests(MutatingEndpoint endpoint)
    {
        var path = Path(endpoint, "ZZ-不存在");
        if (endpoint.TakesForm)
        {
            foreach (var (kind, content) in BadUploads.All()) yield return (kind, Request(endpoint, path, content));
        }
        else if (endpoint.BodyType is { } bodyType)
        {
            foreach (var (kind, json) in BadBodies.For(bodyType, random))
                yield return (kind, Request(endpoint, path, new StringContent(json, Json)));
        }
        else if (endpoint.Route.Parameters.Count > 0)
        {
            foreach (var version in new[] { "garbage", "\"-1\"", "\"99999999999\"" })
                yield return ($"If-Match {version}", Request(endpoint, path, null, version));
        }

        if (endpoint.Route.Parameters.Any(p => !p.ParameterPolicies.Any(c => c.Content is "guid" or "int")))
            yield return ("path traversal in the route", Request(endpoint, Path(endpoint, BadBodies.Traversal), new StringContent("{}", Json)));
    }

    private HttpRequestMessage Request(MutatingEndpoint endpoint, string path, HttpContent? content, string? version = null)
    {
        var request = Request(endpoint.Method, endpoint.Pattern, path, content, version);
        // A body the server refuses by its length alone is answered before it is sent, not cut off mid-way.
        request.Headers.ExpectContinue = endpoint.TakesForm;
        return request;
    }

    /// <summary>A request to <paramref name="path"/> (an instance of <paramref name="pattern"/>) as a user allowed to call it, with a version and an idempotency key.</summary>
    public HttpRequestMessage Request(string method, string pattern, string path, HttpContent? content, string? version = null, string? account = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        if ((account is null ? TokenFor(pattern) : tokens[account]) is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("If-Match", version ?? (pattern.StartsWith("/api/v1/cases/{id", StringComparison.Ordinal) ? "\"2\"" : "\"1\""));
        request.Headers.Add("Idempotency-Key", BadBodies.GuidFrom(random).ToString());
        return request;
    }

    /// <summary>The region a route under <paramref name="pattern"/> is called for: the one its caller (<see cref="TokenFor"/>) belongs to.</summary>
    public static string RegionFor(string pattern) =>
        pattern.Contains("/empowerment", StringComparison.Ordinal) ? "430682"
        : pattern.Contains("/yandu", StringComparison.Ordinal) || pattern.Contains("/320903", StringComparison.Ordinal) || pattern.Contains("/no-face-list", StringComparison.Ordinal)
            ? "320903"
            : "440784";

    /// <summary>Every demo user the probe holds a token for (staff of three regions and an applicant).</summary>
    public IReadOnlyCollection<string> Accounts => tokens.Keys;

    /// <summary>The case prepared for the case routes, under review at version 2.</summary>
    public Guid CaseId => caseId;

    /// <summary>Route values: the prepared case for a case id, a random id elsewhere, 440784 for a region, the given text for any other value.</summary>
    private string Path(MutatingEndpoint endpoint, string text)
    {
        var path = endpoint.Pattern;
        foreach (var parameter in endpoint.Route.Parameters)
        {
            var policies = parameter.ParameterPolicies.Select(p => p.Content).ToList();
            var value = policies.Contains("guid") ? (parameter.Name is "id" or "caseId" && path.StartsWith("/api/v1/cases/", StringComparison.Ordinal) ? caseId : BadBodies.GuidFrom(random)).ToString()
                : policies.Contains("int") ? "1"
                : parameter.Name == "region" ? (path.Contains("/empowerment", StringComparison.Ordinal) ? "430682" : "440784")
                : text;
            var start = path.IndexOf("{" + parameter.Name, StringComparison.Ordinal);
            path = path[..start] + Uri.EscapeDataString(value) + path[(path.IndexOf('}', start) + 1)..];
        }

        return path;
    }

    /// <summary>A user allowed to call the endpoint, so its input is read rather than refused for access.</summary>
    private string? TokenFor(string pattern) =>
        pattern.StartsWith("/api/v1/auth", StringComparison.Ordinal) ? null
        : pattern.StartsWith("/api/v1/projects", StringComparison.Ordinal) || pattern.EndsWith("/evaluations", StringComparison.Ordinal)
          || pattern.EndsWith("/rating", StringComparison.Ordinal) ? tokens["applicant"]
        : pattern.Contains("/no-face-list", StringComparison.Ordinal) ? tokens["320903-admin"]
        : pattern.Contains("/yandu", StringComparison.Ordinal) || pattern.Contains("/320903", StringComparison.Ordinal) ? tokens["320903-clerk"]
        : pattern.Contains("/empowerment/entries", StringComparison.Ordinal) ? tokens["430682-admin"]
        : pattern.Contains("/empowerment", StringComparison.Ordinal) ? tokens["430682-park"]
        : pattern.Contains("/supervision", StringComparison.Ordinal) ? tokens["440784-supervisor"]
        : pattern.Contains("/identity", StringComparison.Ordinal) || pattern.Contains("/admin/", StringComparison.Ordinal) || pattern.Contains("/calendar", StringComparison.Ordinal)
            ? tokens["440784-admin"]
            : tokens["440784-clerk"];
}
