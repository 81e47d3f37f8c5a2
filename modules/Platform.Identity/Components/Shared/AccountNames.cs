namespace Platform.Identity.Components.Shared;

/// <summary>
/// An account as a person knows it: an applicant's stored key (<c>applicant:{provider}:{subject}</c>, see ApplicantSignIn) reads
/// as the phone number or credit code they sign in with; a staff account reads as it is.
/// </summary>
internal static class AccountNames
{
    private const string ApplicantPrefix = "applicant:";

    public static string Of(string account)
    {
        if (!account.StartsWith(ApplicantPrefix, StringComparison.Ordinal)) return account;
        var subject = account.IndexOf(':', ApplicantPrefix.Length);
        return subject < 0 ? account : account[(subject + 1)..];
    }
}
