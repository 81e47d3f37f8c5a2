using Npgsql;

namespace Platform.Cases.Contracts;

/// <summary>
/// Looks at a case inside its acceptance step (受理, 容缺受理, 告知承诺受理), before anything is written, and refuses the acceptance by
/// throwing a 4xx <c>PlatformProblem</c> (for example a no-face route that needs the applicant's e-signature on the application).
/// </summary>
public interface IAcceptanceCheck
{
    Task CheckAsync(NpgsqlTransaction transaction, CaseAtAcceptance candidate, CancellationToken cancellationToken);
}

/// <summary>A case as acceptance checks see it: where, which matter, through which channel, and the documents the applicant has e-signed.</summary>
public sealed record CaseAtAcceptance(Guid CaseId, string RegionCode, string MatterCode, string Channel, IReadOnlyList<string> SignedDocuments);
