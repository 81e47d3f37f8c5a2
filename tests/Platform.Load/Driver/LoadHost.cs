using Platform.Testing;

namespace Platform.Load.Driver;

/// <summary>Settings for a host under load: sign-in and create limits lifted (the driver signs in and submits far faster than a person).</summary>
internal static class LoadHost
{
    public static string[] Settings(params string[] more) =>
    [
        "--Identity:SignInPerMinute=1000000",
        "--Identity:CreatePerMinute=1000000",
        $"--Cases:FileDirectory={TestCluster.NewDirectory("load-files")}",
        .. more,
    ];
}
