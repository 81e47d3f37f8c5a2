using System.Text.Json;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>One operation of the host's OpenAPI document under /api/v1: its method, path template, parameters and JSON body schema.</summary>
internal sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, JsonElement? Body, bool TakesForm)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public bool Mutating => Method != "GET";

    public static IReadOnlyList<OpenApiOperation> All(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)).Select(o => From(p.Name, o.Name, o.Value)))
            .OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList();

    private static OpenApiOperation From(string path, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Select(p => new OpenApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                p.TryGetProperty("schema", out var schema) ? schema : default)).ToList()
            : [];
        JsonElement? body = null;
        var form = false;
        if (operation.TryGetProperty("requestBody", out var request) && request.TryGetProperty("content", out var content))
        {
            if (content.TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var schema)) body = schema;
            form = content.EnumerateObject().Any(c => c.Name.StartsWith("multipart/", StringComparison.Ordinal));
        }

        return new OpenApiOperation(method.ToUpperInvariant(), path, parameters, body, form);
    }
}

/// <summary>A path or query parameter with its schema.</summary>
internal sealed record OpenApiParameter(string Name, string In, JsonElement Schema);
