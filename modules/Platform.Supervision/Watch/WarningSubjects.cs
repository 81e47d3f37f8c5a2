using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Watch;

/// <summary>
/// Finds, for a page of warned deadlines, the case and the responsible unit: from supervision's own copies
/// (case facts, orders, rectifications) in three set-based reads, from the cases module only for a case
/// supervision has not yet seen a step of, and from the owning module's <see cref="IWarningSubjectDescriber"/> for other subject types.
/// </summary>
internal sealed class WarningSubjects(ICaseReader cases, IEnumerable<IWarningSubjectDescriber> describers)
{
    public async Task<Dictionary<Guid, WarningSubject>> ResolveAsync(NpgsqlTransaction transaction, IReadOnlyList<WarnedDeadline> deadlines,
        CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var caseIds = deadlines.Select(d => SubjectTypes.CaseIdOf(d.SubjectType, d.SubjectId)).OfType<Guid>().Distinct().ToArray();
        var facts = (await connection.QueryAsync<(Guid CaseId, string Number, string UnitCode)>(new CommandDefinition(
                "SELECT case_id, number, unit_code FROM supervision.case_facts WHERE case_id = ANY(@caseIds)",
                new { caseIds }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(f => f.CaseId, f => (f.Number, f.UnitCode));
        foreach (var missing in caseIds.Where(id => !facts.ContainsKey(id)))
            if (await cases.GetAsync(missing, cancellationToken) is { } view) facts[missing] = (view.Number, view.HandlingUnitCode);

        var ownIds = deadlines.Where(d => d.SubjectType is SubjectTypes.SupervisionOrder or SubjectTypes.RectificationCallback
                or SubjectTypes.RectificationFix)
            .Select(d => Guid.TryParse(d.SubjectId, out var id) ? id : Guid.Empty).ToArray();
        var own = (await connection.QueryAsync<(Guid Id, Guid CaseId, string Number, string UnitCode)>(new CommandDefinition(
                """
                SELECT id, case_id, case_number, unit_code FROM supervision.supervision_orders WHERE id = ANY(@ownIds)
                UNION ALL
                SELECT id, case_id, case_number, unit_code FROM supervision.rectifications WHERE id = ANY(@ownIds)
                """, new { ownIds }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(o => o.Id);

        var subjects = await DescribeAsync(transaction, deadlines, cancellationToken);
        await VerifyingUnitsAsync(deadlines, facts, subjects, cancellationToken);
        foreach (var deadline in deadlines.Where(d => !subjects.ContainsKey(d.DeadlineId)))
        {
            var label = SubjectTypes.Label(deadline.SubjectType);
            if (SubjectTypes.CaseIdOf(deadline.SubjectType, deadline.SubjectId) is { } caseId && facts.TryGetValue(caseId, out var fact))
                subjects[deadline.DeadlineId] = new WarningSubject(label, caseId, fact.Number, fact.UnitCode, $"/cases/{caseId}");
            else if (Guid.TryParse(deadline.SubjectId, out var ownId) && own.TryGetValue(ownId, out var record))
                subjects[deadline.DeadlineId] = new WarningSubject(label, record.CaseId, record.Number, record.UnitCode,
                    deadline.SubjectType == SubjectTypes.SupervisionOrder ? $"/supervision/orders/{ownId}" : $"/supervision/rectifications/{ownId}");
            else
                subjects[deadline.DeadlineId] = new WarningSubject(label, null, null, null, null);
        }

        return subjects;
    }

    /// <summary>A post-verification answers to its verifying unit, which need not be the unit that handled the case.</summary>
    private async Task VerifyingUnitsAsync(IReadOnlyList<WarnedDeadline> deadlines, Dictionary<Guid, (string Number, string UnitCode)> facts,
        Dictionary<Guid, WarningSubject> subjects, CancellationToken cancellationToken)
    {
        foreach (var deadline in deadlines.Where(d => d.SubjectType == SubjectTypes.PostVerification))
        {
            if (SubjectTypes.CaseIdOf(deadline.SubjectType, deadline.SubjectId) is not { } caseId
                || await cases.GetAsync(caseId, cancellationToken) is not { PostVerification: { } verification } view) continue;
            subjects[deadline.DeadlineId] = new WarningSubject(SubjectTypes.Label(deadline.SubjectType), caseId,
                facts.TryGetValue(caseId, out var fact) ? fact.Number : view.Number, verification.UnitCode, $"/cases/{caseId}");
        }
    }

    private async Task<Dictionary<Guid, WarningSubject>> DescribeAsync(NpgsqlTransaction transaction, IReadOnlyList<WarnedDeadline> deadlines,
        CancellationToken cancellationToken)
    {
        var subjects = new Dictionary<Guid, WarningSubject>();
        foreach (var describer in describers)
        {
            var own = deadlines.Where(d => d.SubjectType == describer.SubjectType).ToList();
            if (own.Count == 0) continue;
            var described = await describer.DescribeAsync(transaction, own.Select(d => d.SubjectId).ToList(), cancellationToken);
            foreach (var deadline in own)
                if (described.TryGetValue(deadline.SubjectId, out var description))
                    subjects[deadline.DeadlineId] = new WarningSubject(describer.Label, null, description.Reference, null, null);
        }

        return subjects;
    }
}
