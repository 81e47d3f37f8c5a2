namespace Platform.Identity.Web;

internal sealed record TokenRequest(string? Account, string? Password);

internal sealed record ApplicantTokenRequest(string? Identifier, string? Password);

internal sealed record RefreshRequest(string? RefreshToken);

internal sealed record ActorView(Guid? UserId, string DisplayName, string? RegionCode, Guid? UnitId, IReadOnlyList<string> Roles, string? EnterpriseId);
