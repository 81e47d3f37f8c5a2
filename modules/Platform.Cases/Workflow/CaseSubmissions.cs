using Npgsql;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Submission;

namespace Platform.Cases.Workflow;

/// <summary>Submissions from other modules, through the same submission as the API.</summary>
internal sealed class CaseSubmissions(SubmitCase submit) : ICaseSubmissions
{
    public async Task<CaseReference> SubmitAsync(CaseSubmission submission, CaseActor actor, string idempotencyKey, CancellationToken cancellationToken)
    {
        var (row, created) = await submit.HandleAsync(Command(submission), actor, idempotencyKey, cancellationToken);
        return new CaseReference(row.Id, row.Number, row.QueryCode, row.Version, created);
    }

    public async Task<CaseReference> SubmitAsync(NpgsqlTransaction transaction, CaseSubmission submission, CaseActor actor, string idempotencyKey,
        CancellationToken cancellationToken)
    {
        var (row, created) = await submit.JoinAsync(transaction, Command(submission), actor, idempotencyKey, cancellationToken);
        return new CaseReference(row.Id, row.Number, row.QueryCode, row.Version, created);
    }

    private static SubmitCaseCommand Command(CaseSubmission submission) => new(submission.RegionCode, submission.MatterCode,
        new ApplicantDetails(submission.Applicant.Id, submission.Applicant.Name, submission.Applicant.Kind, submission.Applicant.EnterpriseCode),
        submission.Channel, submission.FormJson,
        submission.Materials.Select(m => new SubmittedMaterial(m.MaterialCode, m.FileId, m.LicenceReference)).ToList(),
        submission.Shared, submission.Required);
}
