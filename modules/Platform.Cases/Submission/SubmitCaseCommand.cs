using Platform.Cases.Domain;

namespace Platform.Cases.Submission;

/// <summary>An application for one matter: who applies, through which channel, the form, the materials (and those a calling module holds from a shared source) and the delivery the applicant chose.</summary>
internal sealed record SubmitCaseCommand(
    string RegionCode,
    string MatterCode,
    ApplicantDetails Applicant,
    string Channel,
    string FormJson,
    IReadOnlyList<SubmittedMaterial> Materials,
    IReadOnlyDictionary<string, Contracts.SharedMaterialMatch>? Shared = null,
    IReadOnlyCollection<string>? Required = null,
    Contracts.DeliveryChoice? Delivery = null);

/// <summary>The applicant: a citizen (by ID) or an enterprise (by unified social credit code).</summary>
internal sealed record ApplicantDetails(string Id, string Name, string Kind, string? EnterpriseCode);
