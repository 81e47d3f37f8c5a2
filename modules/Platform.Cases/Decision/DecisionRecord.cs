using System.Text.Json;

namespace Platform.Cases.Decision;

/// <summary>A decision as kept on the case: approved or not, the reasons, the legal basis.</summary>
internal sealed record DecisionRecord(bool Approved, string Reasons, string? LegalBasis)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static string Json(bool approved, string reasons, string? legalBasis) =>
        JsonSerializer.Serialize(new DecisionRecord(approved, reasons, legalBasis), Web);

    public static DecisionRecord? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<DecisionRecord>(json, Web);
}
