using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Projects.Sharing;

/// <summary>
/// Records a shared result once, audited, under the caller's idempotency key: a project's joint survey result
/// (多测合一) or a zone's regional assessment (区域评估, valid five years from its issue date unless told otherwise).
/// </summary>
internal sealed class RecordSharedResult(ITransactionRunner transactions, IAuditTrail audit, IClock clock)
{
    public const int AssessmentValidYears = 5;

    public Task<SharedResult> SurveyAsync(string regionCode, Guid projectId, string name, string materialName, string reference, string actorId,
        string key, CancellationToken cancellationToken) =>
        RecordAsync(new SharedResult(Ids.New(), regionCode, SharedResult.Survey, projectId, null, name, materialName, reference,
            BusinessTime.DateOf(clock.Now), null, actorId, clock.Now.UtcDateTime), key, cancellationToken);

    public Task<SharedResult> AssessmentAsync(string regionCode, string zone, string name, string materialName, string reference, DateOnly issuedOn,
        int? validYears, string actorId, string key, CancellationToken cancellationToken)
    {
        var years = validYears ?? AssessmentValidYears;
        if (years is < 1 or > 10) throw PlatformProblem.Invalid("project.assessment.validity_invalid", "validYears", "有效期须为 1 至 10 年（区域评估一般为 5 年）。");
        return RecordAsync(new SharedResult(Ids.New(), regionCode, SharedResult.Assessment, null, zone, name, materialName, reference, issuedOn,
            issuedOn.AddYears(years).AddDays(-1), actorId, clock.Now.UtcDateTime), key, cancellationToken);
    }

    private Task<SharedResult> RecordAsync(SharedResult result, string key, CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            if (await SharedResultStore.FindByKeyAsync(tx, result.RecordedBy, key) is { } earlier) return earlier;
            await SharedResultStore.AddAsync(tx, result, key);
            await audit.AppendAsync(tx, new AuditEntry(result.RegionCode, result.RecordedBy, $"project.{result.Kind}_recorded", result.Kind,
                result.Id.ToString(), new { result.ProjectId, result.Zone, result.Name, result.MaterialName, result.Reference, result.ValidFrom, result.ValidUntil }),
                cancellationToken);
            return result;
        }, cancellationToken);
}
