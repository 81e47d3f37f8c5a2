using System.Text.Json;

namespace Platform.Cases.Contracts;

/// <summary>
/// A decision as kept on the case: approved or not, the reasons, the legal basis, and the facts of its making — the seal it
/// carries, the unit that made it and who signed it. Those are written once, when it is made, and never follow the case
/// elsewhere: a case handed to a park keeps the department's seal on a decision the department made.
/// </summary>
public sealed record DecisionRecord(bool Approved, string Reasons, string? LegalBasis)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The e-seal on the decision (<c>ESEAL:region:unit:seal name</c>); null on a decision kept before seals were recorded.</summary>
    public string? SealReference { get; init; }

    /// <summary>The unit that made the decision.</summary>
    public string? UnitCode { get; init; }

    /// <summary>Who signed the decision.</summary>
    public string? SignerName { get; init; }

    internal static string Json(bool approved, string reasons, string? legalBasis, string sealReference, string unitCode, string signerName) =>
        JsonSerializer.Serialize(new DecisionRecord(approved, reasons, legalBasis)
        {
            SealReference = sealReference, UnitCode = unitCode, SignerName = signerName,
        }, Web);

    internal static DecisionRecord? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<DecisionRecord>(json, Web);
}
