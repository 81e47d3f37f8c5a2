using Platform.Calendar.Contracts;

namespace Platform.Cases.Workflow;

/// <summary>
/// The case's committed time limit, kept by the calendar module's deadline registry in the step's
/// transaction; the case row carries a copy of the due date so queues sort by it with an index.
/// </summary>
internal sealed class CaseClock(IDeadlineRegistry deadlines)
{
    public const string SubjectType = "case";

    public async Task StartAsync(StepContext step, TimeLimit limit, CancellationToken cancellationToken)
    {
        var id = await deadlines.OpenAsync(step.Transaction,
            new OpenDeadline(step.Case.RegionCode, SubjectType, step.Case.Id.ToString(), step.Now, limit), cancellationToken);
        step.Case = step.Case with { DeadlineId = id };
        await RefreshAsync(step, cancellationToken);
    }

    public async Task SuspendAsync(StepContext step, string reason, CancellationToken cancellationToken)
    {
        await deadlines.SuspendAsync(step.Transaction, Id(step), step.Now, reason, cancellationToken);
        await RefreshAsync(step, cancellationToken);
    }

    public async Task ResumeAsync(StepContext step, CancellationToken cancellationToken)
    {
        await deadlines.ResumeAsync(step.Transaction, Id(step), step.Now, cancellationToken);
        await RefreshAsync(step, cancellationToken);
    }

    public async Task ExtendAsync(StepContext step, int workingDays, string reason, CancellationToken cancellationToken)
    {
        await deadlines.ExtendAsync(step.Transaction, Id(step), workingDays, reason, cancellationToken);
        await RefreshAsync(step, cancellationToken);
    }

    public async Task StopAsync(StepContext step, CancellationToken cancellationToken)
    {
        if (step.Case.DeadlineId is null) return;
        await deadlines.CloseAsync(step.Transaction, Id(step), step.Now, cancellationToken);
        await RefreshAsync(step, cancellationToken);
    }

    public Task<DeadlineState> StateAsync(StepContext step, CancellationToken cancellationToken) =>
        deadlines.GetAsync(step.Transaction, Id(step), cancellationToken);

    private async Task RefreshAsync(StepContext step, CancellationToken cancellationToken)
    {
        var state = await deadlines.GetAsync(step.Transaction, Id(step), cancellationToken);
        step.Case = step.Case with { DueDate = state.Due.Due, DueAt = state.Due.DueInstant, DueProvisional = state.Due.Provisional };
    }

    private static Guid Id(StepContext step) =>
        step.Case.DeadlineId ?? throw new InvalidOperationException($"Case {step.Case.Number} has no running deadline.");
}
