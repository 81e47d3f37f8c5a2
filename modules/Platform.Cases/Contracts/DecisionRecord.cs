using System.Text.Json;

namespace Platform.Cases.Contracts;

/// <summary>A decision as kept on the case: approved or not, the reasons, the legal basis.</summary>
public sealed record DecisionRecord(bool Approved, string Reasons, string? LegalBasis)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    internal static string Json(bool approved, string reasons, string? legalBasis) =>
        JsonSerializer.Serialize(new DecisionRecord(approved, reasons, legalBasis), Web);

    internal static DecisionRecord? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<DecisionRecord>(json, Web);
}
