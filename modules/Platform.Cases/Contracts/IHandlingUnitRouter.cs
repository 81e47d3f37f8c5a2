using Npgsql;

namespace Platform.Cases.Contracts;

/// <summary>
/// Decides, when a case is submitted, which unit handles it when that is not the matter's implementing
/// body (for example a park committee that took the power over for its own area). Null leaves the implementing body.
/// </summary>
public interface IHandlingUnitRouter
{
    Task<HandlingUnitRoute?> RouteAsync(NpgsqlTransaction transaction, RoutingRequest request, CancellationToken cancellationToken);
}

/// <summary>What routing looks at: the matter and its implementing body, who applies, what the form says (JSON), and when.</summary>
public sealed record RoutingRequest(string RegionCode, string MatterCode, string ImplementingUnitCode, CaseApplicant Applicant, string FormJson,
    DateTimeOffset At);

/// <summary>The unit that handles the case, the approval seal its results carry, and a unit that countersigns without responsibility (见章盖章).</summary>
public sealed record HandlingUnitRoute(string UnitCode, string SealReference, string? CountersigningUnitCode, string Reason);
