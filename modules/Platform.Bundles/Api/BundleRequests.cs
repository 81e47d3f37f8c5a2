using Platform.Bundles.Contracts;
using Platform.Bundles.Submission;
using Platform.Catalogue.Contracts;

namespace Platform.Bundles.Api;

internal sealed record GuidanceRequest(Dictionary<string, string>? Answers);

internal sealed record SubmitBundleRequest(string? RegionCode, string? BundleCode, Dictionary<string, string>? Answers,
    Dictionary<string, string>? Form, List<BundleMaterialInput>? Materials, ApplicantRequest? Applicant);

internal sealed record ApplicantRequest(string? Id, string? Name, string? Kind, string? EnterpriseCode);

internal sealed record DeliverBundleRequest(DeliveryMethod Method, string? TrackingNumber, string? Note);

internal sealed record PublishBundleRequest(DateTimeOffset? ValidFrom);

internal sealed record BundleCaseListPage(IReadOnlyList<BundleCaseView> Items, int Page, int PageSize, long Total);
