using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Catalogue.Contracts;

namespace Platform.Cases.Contracts;

/// <summary>
/// How the applicant chose to receive the result (送达方式): window pick-up, courier to an address, online push or agent.
/// Chosen at submission and changeable until the result is dispatched; staff dispatch by it.
/// </summary>
public sealed record DeliveryChoice(DeliveryMethod Method, string? Address, string? Recipient, string? Phone)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    internal string Json() => JsonSerializer.Serialize(this, Web);

    internal static DeliveryChoice? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<DeliveryChoice>(json, Web);
}
