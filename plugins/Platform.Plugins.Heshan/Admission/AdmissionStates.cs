namespace Platform.Plugins.Heshan.Admission;

/// <summary>An admission request collects the departments' entries, then the bureau concludes.</summary>
internal static class AdmissionStates
{
    public const string Collecting = "Collecting";
    public const string Concluded = "Concluded";

    /// <summary>The bureau that receives admission requests and issues the conclusion (发展改革局).</summary>
    public const string Bureau = "fgj";

    /// <summary>Where the result is pushed besides the filing town: the natural-resources bureau.</summary>
    public const string NaturalResources = "zrzy";

    public const string LeadingGroup = "leading-group";

    public static string Chinese(string state) => state == Concluded ? "已出具结论" : "征求意见中";
}
