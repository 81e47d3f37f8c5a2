using Platform.Testing;

namespace Platform.Load.Driver;

/// <summary>
/// Settings for a host under load on the demo deployment and the given database: sign-in and create limits lifted (the
/// driver signs in and submits far faster than a person).
/// </summary>
internal static class LoadHost
{
    public static string[] Settings(string connectionString, params string[] more) =>
    [
        $"--ConnectionStrings:Platform={connectionString}",
        "--Platform:Deployment=demo",
        "--Identity:FailedSignInsPerAddress=1000000", "--Identity:TrackingPerMinute=1000000",
        "--Identity:CreatePerMinute=1000000",
        $"--Cases:FileDirectory={TestCluster.NewDirectory("load-files")}",
        .. more,
    ];
}
