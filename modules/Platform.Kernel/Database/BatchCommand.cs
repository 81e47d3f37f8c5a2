using Npgsql;

namespace Platform.Kernel.Database;

/// <summary>A statement for an <see cref="NpgsqlBatch"/>, its values bound to <c>$1, $2, …</c> in the order given; a null is sent as NULL.</summary>
public static class BatchCommand
{
    public static NpgsqlBatchCommand Of(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }
}
