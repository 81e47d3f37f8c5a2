using Microsoft.Extensions.Configuration;

namespace Platform.Supervision;

/// <summary>Settings under <c>Supervision:</c> in appsettings.</summary>
internal sealed record SupervisionOptions(
    TimeSpan WatchInterval,
    int WatchPageSize,
    int OrderWorkingDays,
    int CallbackWorkingDays,
    int FixWorkingDays,
    string OutboundChannel,
    TimeSpan OutboundInterval)
{
    public static SupervisionOptions From(IConfiguration configuration) => new(
        TimeSpan.FromSeconds(configuration.GetValue("Supervision:WatchSeconds", 300)),
        configuration.GetValue("Supervision:WatchPageSize", 500),
        configuration.GetValue("Supervision:OrderWorkingDays", 3),
        configuration.GetValue("Supervision:CallbackWorkingDays", 1),
        configuration.GetValue("Supervision:FixWorkingDays", 15),
        configuration["Supervision:OutboundChannel"] ?? "gov-im",
        TimeSpan.FromSeconds(configuration.GetValue("Supervision:OutboundSeconds", 5)));
}
