using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Matters;

internal sealed record VersionRow(
    Guid Id, Guid MatterId, string RegionCode, string Code, int Number, string State, string Definition,
    DateTime? ValidFrom, DateTime? ValidTo, DateTime? PublishedAt, string? PublishedBy)
{
    public const string Columns =
        "v.id, v.matter_id, v.region_code, v.code, v.number, v.state, v.definition::text AS definition, v.valid_from, v.valid_to, v.published_at, v.published_by";

    public MatterVersion ToVersion() => new(Id, RegionCode, Code, Number, Enum.Parse<VersionState>(State),
        Instant(ValidFrom), Instant(ValidTo), Instant(PublishedAt), PublishedBy, CatalogueJson.Read(Definition));

    private static DateTimeOffset? Instant(DateTime? utc) =>
        utc is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
