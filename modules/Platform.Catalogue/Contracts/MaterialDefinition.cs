namespace Platform.Catalogue.Contracts;

/// <summary>One material of a matter's list, as the national material table carries it.</summary>
public sealed record MaterialDefinition
{
    public string Name { get; init; } = "";
    public MaterialRequirement Requirement { get; init; } = MaterialRequirement.Required;

    /// <summary>The situation in which a conditional material is needed.</summary>
    public string? Condition { get; init; }

    /// <summary>核心材料: needed at intake even under tolerant acceptance.</summary>
    public bool Core { get; init; }

    public MaterialForm Form { get; init; } = MaterialForm.Original;
    public int Copies { get; init; } = 1;
    public string? Template { get; init; }
    public MaterialSource Source { get; init; } = MaterialSource.Applicant;

    /// <summary>The e-licence type fetched instead of asking, when the source is a shared e-licence.</summary>
    public string? LicenceType { get; init; }

    /// <summary>The department or intermediary that issues it, when it is not the applicant.</summary>
    public string? Issuer { get; init; }

    /// <summary>For a non-core material under tolerant acceptance: how long the applicant has to supply it.</summary>
    public MatterTimeLimit? DeferredSupply { get; init; }
}
