using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Kernel.Seeding;
using Platform.Kernel.Time;

namespace Platform.Plugins.Heshan.Admission;

/// <summary>
/// The region's scoring model: seeded once from Seed/admission-scoring.yaml, then read from the database
/// (admins own it there). Each admission keeps a copy of the model it was filed under.
/// </summary>
internal sealed class ScoringModels(NpgsqlDataSource dataSource, IClock clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ScoringModel Seed() => EmbeddedYaml.Read<ScoringModel>(typeof(ScoringModels).Assembly, "Seed/admission-scoring.yaml");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var model = Seed();
        if (model.Problem() is { } problem) throw new InvalidOperationException($"Seed/admission-scoring.yaml: {problem}");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO heshan.scoring_models (region_code, model, updated_at) VALUES (@region, @model::jsonb, @at) ON CONFLICT (region_code) DO NOTHING",
            new { region = HeshanModule.RegionCode, model = JsonSerializer.Serialize(model, Json), at = clock.Now.ToUniversalTime() });
    }

    public async Task<ScoringModel> CurrentAsync(NpgsqlTransaction tx) =>
        Parse(await tx.Connection!.ExecuteScalarAsync<string>(
            "SELECT model::text FROM heshan.scoring_models WHERE region_code = @region", new { region = HeshanModule.RegionCode }, tx)
            ?? throw new InvalidOperationException("The 鹤山 scoring model was not seeded."));

    public static ScoringModel Parse(string json) => JsonSerializer.Deserialize<ScoringModel>(json, Json)!;
}
