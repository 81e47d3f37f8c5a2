namespace Platform.Catalogue.Contracts;

/// <summary>How far a matter can be handled online (national online_handle_depth, levels one to four).</summary>
public enum OnlineDepth
{
    OnlineConsultation = 1,
    OnlineApplication = 2,
    OnlinePreReview = 3,
    FullyOnline = 4,
}
