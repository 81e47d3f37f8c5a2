using Npgsql;

namespace Platform.Kernel.Database;

/// <summary>A statement for an <see cref="NpgsqlBatch"/>, its values bound to <c>$1, $2, …</c> in the order given, each typed as <see cref="SqlValue"/> says.</summary>
public static class BatchCommand
{
    public static NpgsqlBatchCommand Of(string sql, params SqlValue[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(value.Parameter);
        return command;
    }
}
