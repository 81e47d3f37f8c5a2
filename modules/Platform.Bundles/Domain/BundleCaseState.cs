namespace Platform.Bundles.Domain;

/// <summary>Where a bundle case stands; it follows its member cases.</summary>
internal enum BundleCaseState
{
    /// <summary>Submitted; its member cases wait for intake at one window.</summary>
    Submitted,

    /// <summary>Accepted at one window; the departments work in parallel under the bundle deadline.</summary>
    UnderReview,

    /// <summary>Every member case is decided in favour (办结).</summary>
    Completed,

    /// <summary>A member case was refused, rejected or withdrawn: the thing cannot be done as applied for.</summary>
    Failed,

    /// <summary>The combined results reached the applicant in one delivery.</summary>
    Delivered,
}

internal static class BundleCaseStateNames
{
    public static string Chinese(BundleCaseState state) => state switch
    {
        BundleCaseState.Submitted => "待受理",
        BundleCaseState.UnderReview => "并联办理中",
        BundleCaseState.Completed => "已办结",
        BundleCaseState.Failed => "办理未通过",
        _ => "已送达",
    };
}
