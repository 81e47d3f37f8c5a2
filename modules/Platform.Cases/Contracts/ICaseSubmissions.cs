using Npgsql;

namespace Platform.Cases.Contracts;

/// <summary>
/// Creates cases for other modules (a bundle's member cases, a project stage's parallel matters) under
/// the same rules as an application: the matter version in force now, material checks, idempotency.
/// </summary>
public interface ICaseSubmissions
{
    Task<CaseReference> SubmitAsync(CaseSubmission submission, CaseActor actor, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// The same submission inside the caller's transaction: nothing commits until the caller commits, so a module creating
    /// several cases at once (a bundle's members) keeps all of them or none.
    /// </summary>
    Task<CaseReference> SubmitAsync(NpgsqlTransaction transaction, CaseSubmission submission, CaseActor actor, string idempotencyKey,
        CancellationToken cancellationToken);
}

/// <summary>
/// An application for one matter. <see cref="Channel"/> is <c>online</c> or <c>window</c>. <see cref="Shared"/> names materials
/// (by code) the calling module already holds from a shared source — a project's joint survey, a zone's regional
/// assessment: they are recorded as satisfied by that source, as an e-licence exchange match is, unless the applicant handed them in.
/// <see cref="Required"/> names conditional materials (by code) whose condition the calling module found to hold from the applicant's
/// answers (住所使用证明 when the premises are not registered): the case holds them as required, so intake cannot pass without them.
/// </summary>
public sealed record CaseSubmission(string RegionCode, string MatterCode, CaseApplicant Applicant, string Channel, string FormJson,
    IReadOnlyList<CaseMaterialInput> Materials, IReadOnlyDictionary<string, SharedMaterialMatch>? Shared = null,
    IReadOnlyCollection<string>? Required = null);

/// <summary>The applicant: a citizen (kind <c>citizen</c>, by ID) or an enterprise (kind <c>enterprise</c>, by credit code).</summary>
public sealed record CaseApplicant(string Id, string Name, string Kind, string? EnterpriseCode);

/// <summary>One material: an uploaded file's id, or the number of one of the applicant's e-licences.</summary>
public sealed record CaseMaterialInput(string MaterialCode, Guid? FileId, string? LicenceReference);

/// <summary>The case a submission made (or, on a retried key, had made before).</summary>
public sealed record CaseReference(Guid Id, string Number, string QueryCode, int Version, bool Created);
