using Platform.Catalogue.Contracts;

namespace Platform.Empowerment.Lists;

/// <summary>Reads a matter's facts from its catalogue definition, never from what an admin typed about it.</summary>
internal static class MatterFactsOf
{
    public static MatterFacts Of(MatterDefinition matter, string category, string fromUnitCode, IEnumerable<string> keywords) =>
        new(matter.Code, matter.CatalogCode, matter.Name, category,
            new[] { matter.Department, matter.DelegatingBody, fromUnitCode }.OfType<string>().Where(d => d.Length > 0).Distinct().ToList(),
            [matter.Name, .. matter.LegalBasis, .. keywords]);
}
