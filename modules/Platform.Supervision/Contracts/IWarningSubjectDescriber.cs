using Npgsql;

namespace Platform.Supervision.Contracts;

/// <summary>
/// Names what the deadlines of one subject type belong to, for warnings the deadline watch raises on them (for example an
/// intermediary firm's service past its time limit): a module that opens such deadlines registers one, and the dashboard
/// shows its label and reference instead of a bare "期限事项".
/// </summary>
public interface IWarningSubjectDescriber
{
    string SubjectType { get; }

    /// <summary>What the dashboard calls this subject type, in Chinese.</summary>
    string Label { get; }

    /// <summary>Descriptions by subject id; ids it does not know are left out.</summary>
    Task<IReadOnlyDictionary<string, WarningSubjectDescription>> DescribeAsync(NpgsqlTransaction transaction, IReadOnlyCollection<string> subjectIds,
        CancellationToken cancellationToken);
}

/// <summary>
/// A warned subject as the dashboard names it (shown where a case number would be, e.g. the firm and its service). Its warnings go
/// to the region's supervisors.
/// </summary>
public sealed record WarningSubjectDescription(string Reference);
