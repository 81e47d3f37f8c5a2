using Microsoft.Extensions.Configuration;

namespace Platform.Cases;

/// <summary>Settings of the case lifecycle that no matter carries.</summary>
/// <param name="PostVerificationWorkingDays">How long a post-verification (告知承诺核查) may take after the decision.</param>
/// <param name="DefaultDeferredSupplyWorkingDays">The supply deadline of a deferred material whose matter names none.</param>
internal sealed record CasesOptions(int PostVerificationWorkingDays, int DefaultDeferredSupplyWorkingDays)
{
    public static CasesOptions From(IConfiguration configuration) =>
        new(configuration.GetValue("Cases:PostVerificationWorkingDays", 20), configuration.GetValue("Cases:DefaultDeferredSupplyWorkingDays", 10));
}
