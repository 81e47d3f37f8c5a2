using Microsoft.Extensions.Configuration;

namespace Platform.Cases;

/// <summary>Settings of the case lifecycle that no matter carries.</summary>
internal sealed record CasesOptions(int PostVerificationWorkingDays)
{
    public static CasesOptions From(IConfiguration configuration) =>
        new(configuration.GetValue("Cases:PostVerificationWorkingDays", 20));
}
