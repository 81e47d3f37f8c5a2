using Platform.Bundles.Domain;
using Platform.Bundles.Submission;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Intake;

/// <summary>The checks every bundle step makes: the caller saw the current version (If-Match) and the state allows the step.</summary>
internal static class BundleSteps
{
    public static void Require(BundleCaseRow row, int expectedVersion, BundleCaseState expected, string stepName)
    {
        if (row.Version != expectedVersion)
            throw new PlatformProblem(409, "bundle.case.version_conflict", "办件已被他人更新",
                $"您看到的是第 {expectedVersion} 版，一件事办件已更新为第 {row.Version} 版，请刷新后重试。")
            {
                Extensions = new Dictionary<string, object?> { ["currentVersion"] = row.Version },
            };
        if (row.CaseState != expected)
            throw PlatformProblem.Conflict("bundle.case.state_conflict",
                $"一件事办件当前为“{BundleCaseStateNames.Chinese(row.CaseState)}”，不能{stepName}。");
    }
}
