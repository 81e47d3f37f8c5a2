using Platform.Cases.Contracts;

namespace Platform.Bundles.Submission;

/// <summary>One application for a bundle: the answers, the one form, and each material of the combined list handed in once.</summary>
internal sealed record SubmitBundleCommand(
    string RegionCode,
    string BundleCode,
    CaseApplicant Applicant,
    string Channel,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, string> Form,
    IReadOnlyList<BundleMaterialInput> Materials);
