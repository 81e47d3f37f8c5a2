using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Kernel.Time;
using Platform.Kernel.Database;

namespace Platform.Supervision.Statistics;

/// <summary>
/// Keeps supervision's copy of each case and the daily counts per region, unit and matter, in the step's
/// own transaction: a step and its statistics commit together, and reports sum days instead of scanning cases.
/// Working days count from acceptance to decision on the region's calendar; the limit is acceptance to due date.
/// </summary>
internal sealed class CaseStatisticsObserver(IWorkingCalendarProvider calendars) : ICaseStepWriter
{
    public async ValueTask<IReadOnlyList<NpgsqlBatchCommand>> WritesAsync(CaseStepRecorded step, CancellationToken cancellationToken)
    {
        int? workingDays = null;
        var limitDays = 0;
        if (StepCounts.Completes(step) && step.AcceptedAt is { } accepted)
        {
            var calendar = await calendars.ForRegionAsync(step.RegionCode, cancellationToken);
            workingDays = calendar.WorkingDaysElapsed(accepted, step.OccurredAt);
            if (step.DueDate is { } due) limitDays = calendar.WorkingDaysElapsed(accepted, BusinessTime.StartOf(due));
        }

        SqlValue[] facts =
        [
            step.CaseId, step.Number, step.RegionCode, step.MatterCode, step.HandlingUnitCode, step.Channel, step.IntakeRoute,
            step.ToState.ToString(), step.SubmittedAt.ToUniversalTime(), step.AcceptedAt?.ToUniversalTime(),
            StepCounts.Completes(step) ? step.OccurredAt.ToUniversalTime() : (DateTimeOffset?)null, step.DueDate, workingDays, step.OccurredAt.ToUniversalTime(),
        ];
        var c = StepCounts.Of(step, workingDays ?? 0, limitDays);
        // One statement for both: the case's facts, and the day's counts when the step changes any.
        var command = c.IsEmpty
            ? BatchCommand.Of(FactsSql, facts)
            : BatchCommand.Of($"WITH facts AS ({FactsSql}) {CountsSql}",
            [
                .. facts, BusinessTime.DateOf(step.OccurredAt), c.Received, c.ReceivedOnline, c.Accepted, c.Tolerant, c.Commitment, c.Completed,
                c.OnTime, c.Overdue, c.ZeroVisit, c.WorkingDays, c.LimitDays, c.Verified, c.CommitmentFalse, c.SuspendedDays,
            ]);
        return [command];
    }

    private const string FactsSql =
        """
        INSERT INTO supervision.case_facts (case_id, number, region_code, matter_code, unit_code, channel, intake_route, state,
            submitted_at, accepted_at, decided_at, due_date, working_days, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz, $10::timestamptz, $11::timestamptz, $12::date, $13::int, $14::timestamptz)
        ON CONFLICT (case_id) DO UPDATE SET unit_code = excluded.unit_code, intake_route = excluded.intake_route, state = excluded.state,
            accepted_at = excluded.accepted_at, due_date = excluded.due_date,
            decided_at = coalesce(excluded.decided_at, case_facts.decided_at),
            working_days = coalesce(excluded.working_days, case_facts.working_days), updated_at = excluded.updated_at
        """;

    private const string CountsSql =
        """
        INSERT INTO supervision.daily_case_stats AS s (day, region_code, unit_code, matter_code, received, received_online, accepted, tolerant,
            commitment, completed, on_time, overdue, zero_visit, working_days, limit_days, verified, commitment_false, suspended_days)
        VALUES ($15::date, $3, $5, $4, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29)
        ON CONFLICT (region_code, day, unit_code, matter_code) DO UPDATE SET
            received = s.received + excluded.received, received_online = s.received_online + excluded.received_online,
            accepted = s.accepted + excluded.accepted, tolerant = s.tolerant + excluded.tolerant,
            commitment = s.commitment + excluded.commitment, completed = s.completed + excluded.completed,
            on_time = s.on_time + excluded.on_time, overdue = s.overdue + excluded.overdue, zero_visit = s.zero_visit + excluded.zero_visit,
            working_days = s.working_days + excluded.working_days, limit_days = s.limit_days + excluded.limit_days,
            verified = s.verified + excluded.verified, commitment_false = s.commitment_false + excluded.commitment_false,
            suspended_days = s.suspended_days + excluded.suspended_days
        """;
}
