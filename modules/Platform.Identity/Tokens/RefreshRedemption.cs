namespace Platform.Identity.Tokens;

/// <summary>
/// What offering a refresh token did: <see cref="Family"/> is set only when a live token was redeemed; <see cref="Reused"/>
/// when a revoked one was offered again (and its family revoked); <see cref="UserId"/> names the owner in both cases.
/// </summary>
internal sealed record RefreshRedemption(Guid? UserId, Guid? Family, bool Reused)
{
    public bool Redeemed => Family is not null;
}
