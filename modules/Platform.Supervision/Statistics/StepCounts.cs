using Platform.Cases.Contracts;

namespace Platform.Supervision.Statistics;

/// <summary>What one case step adds to its day's row of <c>daily_case_stats</c>.</summary>
internal sealed record StepCounts(
    int Received = 0,
    int ReceivedOnline = 0,
    int Accepted = 0,
    int Tolerant = 0,
    int Commitment = 0,
    int Completed = 0,
    int OnTime = 0,
    int Overdue = 0,
    int ZeroVisit = 0,
    int WorkingDays = 0,
    int LimitDays = 0,
    int Verified = 0,
    int CommitmentFalse = 0,
    int SuspendedDays = 0)
{
    public bool IsEmpty => this == new StepCounts();

    public static bool Completes(CaseStepRecorded step) =>
        step.ToState is CaseState.Approved or CaseState.Refused && step.FromState is not (CaseState.Approved or CaseState.Refused);

    /// <summary>A whole number the step's timeline data carries, or 0.</summary>
    private static int Number(CaseStepRecorded step, string name) =>
        step.Data.ValueKind == System.Text.Json.JsonValueKind.Object && step.Data.TryGetProperty(name, out var value)
        && value.ValueKind == System.Text.Json.JsonValueKind.Number ? value.GetInt32() : 0;

    /// <summary>
    /// Received on submission; accepted on the three intake routes; completed when decided (an acceptance on
    /// commitment decides at once); a commitment's post-verification verified or found false; the calendar days a special
    /// procedure lasted when the clock resumes. On time means decided on or before the due date. Zero visits: applied
    /// online and decided without a window intake.
    /// </summary>
    public static StepCounts Of(CaseStepRecorded step, int workingDays, int limitDays)
    {
        var online = step.Channel == "online" ? 1 : 0;
        var counts = step.Action switch
        {
            CaseAction.Submit => new StepCounts(Received: 1, ReceivedOnline: online),
            CaseAction.Accept => new StepCounts(Accepted: 1),
            CaseAction.TolerantAccept => new StepCounts(Accepted: 1, Tolerant: 1),
            CaseAction.AcceptOnCommitment => new StepCounts(Accepted: 1, Commitment: 1),
            CaseAction.RecordVerification => step.ToState == CaseState.Revoked ? new StepCounts(CommitmentFalse: 1) : new StepCounts(Verified: 1),
            CaseAction.Resume => new StepCounts(SuspendedDays: Number(step, "suspendedDays")),
            _ => new StepCounts(),
        };
        if (!Completes(step)) return counts;
        var onTime = step.DueDate is not { } due || Platform.Kernel.Time.BusinessTime.DateOf(step.OccurredAt) <= due;
        return counts with
        {
            Completed = 1, OnTime = onTime ? 1 : 0, Overdue = onTime ? 0 : 1, ZeroVisit = online,
            WorkingDays = workingDays, LimitDays = limitDays,
        };
    }
}
