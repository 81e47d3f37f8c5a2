using Dapper;
using Npgsql;
using Platform.Exchange.Outbox;
using Platform.Kernel.Time;

namespace Platform.Exchange.Province;

/// <summary>
/// Stands in for the provincial system on a machine without one (<c>Exchange:FakeProvince:Enabled</c>): it reads the
/// staging tables as the province would and answers every row waiting (sjsczt 0): accepted (1), or refused (-1) with a
/// reason when a required business field is blank.
/// </summary>
internal sealed class FakeProvince(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<int> AnswerAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var answered = 0;
        foreach (var table in StagingTables.All)
            answered += await connection.ExecuteAsync(new CommandDefinition(
                $"""
                UPDATE {StagingTables.Checked(table)} SET jssj = @now,
                    sjsczt = CASE WHEN btrim(gcdm) = '' OR btrim(xzqhdm) = '' THEN -1 ELSE 1 END,
                    sbyy = CASE WHEN btrim(gcdm) = '' OR btrim(xzqhdm) = '' THEN '工程代码或行政区划代码为空' END
                WHERE sjsczt = 0
                """, new { now = clock.Now.ToUniversalTime() }, cancellationToken: cancellationToken));
        return answered;
    }
}
