namespace Platform.Catalogue.Contracts;

/// <summary>A procedure that stops the clock (expert review, public notice, hearing, survey) and its own limit.</summary>
public sealed record SpecialProcedure
{
    public SpecialProcedureKind Kind { get; init; }
    public string Name { get; init; } = "";
    public MatterTimeLimit Limit { get; init; } = new();
}
