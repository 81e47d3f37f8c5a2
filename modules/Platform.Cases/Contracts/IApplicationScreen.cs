using Npgsql;

namespace Platform.Cases.Contracts;

/// <summary>
/// Looks at an application inside its submission transaction, after routing and before anything is written, and refuses it
/// by throwing a 4xx <c>PlatformProblem</c> (for example a park refusing an investment its negative list prohibits).
/// </summary>
public interface IApplicationScreen
{
    Task ScreenAsync(NpgsqlTransaction transaction, ApplicationToScreen application, CancellationToken cancellationToken);
}

/// <summary>An application as screens see it: the unit that will handle it and the form the applicant filled in (JSON).</summary>
public sealed record ApplicationToScreen(string RegionCode, string MatterCode, string HandlingUnitCode, CaseApplicant Applicant, string FormJson,
    DateTimeOffset At);
