using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Platform.Host.Hosting;

namespace Platform.Host.Web;

/// <summary>The host's own endpoints: health and what this deployment runs.</summary>
internal static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", Health).AllowAnonymous().WithName("Health").WithTags("Platform")
            .WithSummary("200 when the database answers, 503 when it does not");
        endpoints.MapGet("/api/v1/deployment", (PlatformComposition composition) => TypedResults.Ok(DeploymentView.From(composition)))
            .AllowAnonymous()
            .WithName("GetDeployment").WithTags("Platform")
            .WithSummary("The deployment, its regions, and the modules and plugins it loaded");
    }

    private static async Task<Results<Ok<HealthView>, ProblemHttpResult>> Health(NpgsqlDataSource dataSource, HttpResponse response,
        CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var connection = await dataSource.OpenConnectionAsync(timeout.Token);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: timeout.Token));
            return TypedResults.Ok(new HealthView("ok", "ok"));
        }
        catch (Exception error) when (error is NpgsqlException or OperationCanceledException or TimeoutException or System.Net.Sockets.SocketException)
        {
            // Connections pooled before an outage are dead; drop them so recovery is seen at once.
            dataSource.Clear();
            response.Headers.RetryAfter = "5";
            return TypedResults.Problem(statusCode: 503, title: "数据库不可用", detail: error.Message,
                extensions: new Dictionary<string, object?> { ["code"] = "platform.database.unavailable" });
        }
    }

    internal sealed record HealthView(string Status, string Database);
}
