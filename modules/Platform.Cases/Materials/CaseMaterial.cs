using Platform.Cases.Domain;

namespace Platform.Cases.Materials;

internal sealed record CaseMaterial(string MaterialCode, string Name, bool Required, bool Core, MaterialStatus Status,
    Guid? FileId, string? LicenceReference, DateOnly? DeferredDueDate, Guid? DeferredDeadlineId, DateTimeOffset? SuppliedAt)
{
    /// <summary>The shared source (e-licence library, department) that satisfied the material, when it was shared data.</summary>
    public string? SharedSource { get; init; }

    public bool Satisfied => Status is MaterialStatus.Provided or MaterialStatus.ELicence or MaterialStatus.Supplied or MaterialStatus.Shared;
}
