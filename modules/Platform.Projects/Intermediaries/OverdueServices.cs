using Dapper;
using Npgsql;
using Platform.Supervision.Contracts;

namespace Platform.Projects.Intermediaries;

/// <summary>Names intermediary services for supervision's warnings: the firm and its service, so a firm breaking its time limit shows on the dashboard.</summary>
internal sealed class OverdueServices : IWarningSubjectDescriber
{
    public string SubjectType => CommissionService.SubjectType;

    public string Label => "中介服务";

    public async Task<IReadOnlyDictionary<string, WarningSubjectDescription>> DescribeAsync(NpgsqlTransaction transaction,
        IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken)
    {
        var ids = subjectIds.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).ToArray();
        var rows = await transaction.Connection!.QueryAsync<(Guid Id, string FirmCode, string FirmName, string MatterName)>(new CommandDefinition(
            "SELECT id, firm_code, firm_name, matter_name FROM projects.intermediary_services WHERE id = ANY(@ids)", new { ids }, transaction,
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id.ToString(), r => new WarningSubjectDescription($"{r.FirmName}（{r.FirmCode}）· {r.MatterName}"));
    }
}
