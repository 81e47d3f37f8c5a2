using Microsoft.Extensions.Configuration;

namespace Platform.Exchange;

/// <summary>Settings under <c>Exchange:</c> in appsettings.</summary>
internal sealed record ExchangeOptions(
    bool TransferEnabled,
    TimeSpan TransferInterval,
    int BatchSize,
    int BatchesPerRun,
    TimeSpan RetryAfter,
    TimeSpan FailureBackoff,
    bool FakeProvinceEnabled,
    TimeSpan FakeProvinceInterval)
{
    public static ExchangeOptions From(IConfiguration configuration) => new(
        configuration.GetValue("Exchange:TransferEnabled", true),
        TimeSpan.FromSeconds(configuration.GetValue("Exchange:TransferSeconds", 5)),
        Math.Clamp(configuration.GetValue("Exchange:BatchSize", 100), 1, 1000),
        Math.Max(configuration.GetValue("Exchange:BatchesPerRun", 50), 1),
        TimeSpan.FromMinutes(configuration.GetValue("Exchange:RetryAfterMinutes", 30)),
        TimeSpan.FromSeconds(configuration.GetValue("Exchange:FailureBackoffSeconds", 60)),
        configuration.GetValue("Exchange:FakeProvince:Enabled", true),
        TimeSpan.FromSeconds(configuration.GetValue("Exchange:FakeProvince:Seconds", 10)));
}
