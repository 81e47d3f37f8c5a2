using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Matters;

internal sealed record SummaryRow(Guid Id, string Code, string State, int Number, string Definition, long Total)
{
    public MatterSummary ToSummary()
    {
        var matter = CatalogueJson.Read(Definition);
        return new MatterSummary(Id, Code, matter.Name, matter.Type, matter.Department, matter.OnlineDepth,
            matter.CommittedTimeLimit, matter.LegalTimeLimit, Enum.Parse<VersionState>(State), Number);
    }
}
