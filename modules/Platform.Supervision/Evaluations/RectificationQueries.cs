using Dapper;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Evaluations;

/// <summary>Lists a region's (or one unit's) rectifications, open ones first by fix due date.</summary>
internal sealed class RectificationQueries(NpgsqlDataSource dataSource)
{
    public async Task<Paged<RectificationView>> ListAsync(string regionCode, string? unitCode, string? state, int page, int size,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        const string where = "region_code = @regionCode AND (@unitCode::text IS NULL OR unit_code = @unitCode) AND (@state::text IS NULL OR state = @state)";
        var args = new { regionCode, unitCode, state, size, offset = Pages.Offset(page, size) };
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM supervision.rectifications WHERE {where}", args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<RectificationRow>(new CommandDefinition(
            $"""
             SELECT {RectificationRow.Columns} FROM supervision.rectifications WHERE {where}
             ORDER BY state = 'closed', fix_due, id LIMIT @size OFFSET @offset
             """, args, cancellationToken: cancellationToken));
        return new Paged<RectificationView>(rows.Select(r => r.ToView()).ToList(), page, size, total);
    }
}
