using Platform.Bundles.Contracts;
using Platform.Catalogue.Contracts;

namespace Platform.Bundles.Definitions;

internal sealed record BundleVersionRow(
    Guid Id, string RegionCode, string Code, int Number, string State, string Definition,
    DateTime? ValidFrom, DateTime? ValidTo, DateTime? PublishedAt, string? PublishedBy)
{
    public const string Columns =
        "id, region_code, code, number, state, definition::text AS definition, valid_from, valid_to, published_at, published_by";

    public BundleVersion ToVersion() => new(Id, RegionCode, Code, Number, Enum.Parse<VersionState>(State),
        Instant(ValidFrom), Instant(ValidTo), Instant(PublishedAt), PublishedBy, BundleJson.ReadDefinition(Definition));

    public static DateTimeOffset? Instant(DateTime? utc) =>
        utc is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
