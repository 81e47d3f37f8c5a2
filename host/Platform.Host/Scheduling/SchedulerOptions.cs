namespace Platform.Host.Scheduling;

/// <summary>
/// Settings under <c>Scheduler:</c>. <see cref="Clustered"/> keeps Quartz's schedule in the platform's
/// PostgreSQL (tables <c>quartz.qrtz_*</c>, created by the supervision module's migrations), so hosts
/// sharing the database fire each trigger once between them.
/// </summary>
internal sealed record SchedulerOptions(bool Clustered, TimeSpan CheckinInterval)
{
    /// <summary>Every node of a cluster must use the same scheduler name.</summary>
    public const string SchedulerName = "platform";

    /// <summary>Quartz prefixes its table names with this, schema included.</summary>
    public const string TablePrefix = "quartz.qrtz_";

    public static SchedulerOptions From(IConfiguration configuration) => new(
        configuration.GetValue("Scheduler:Clustered", false),
        TimeSpan.FromSeconds(configuration.GetValue("Scheduler:CheckinSeconds", 7)));
}
