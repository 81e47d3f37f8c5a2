using Platform.Cases.Contracts;
using Npgsql;
using Platform.Cases.Domain;

namespace Platform.Cases.Workflow;

/// <summary>One step in progress: the locked case, the moment, who acts, and what the timeline will record.</summary>
internal sealed class StepContext(NpgsqlTransaction transaction, CaseRow current, DateTimeOffset now, CaseActor actor)
{
    public NpgsqlTransaction Transaction { get; } = transaction;

    /// <summary>The case as the step leaves it (the state is set from the step's result).</summary>
    public CaseRow Case { get; set; } = current;

    public DateTimeOffset Now { get; } = now;

    public CaseActor Actor { get; } = actor;

    /// <summary>What the timeline and the audit record carry about this step.</summary>
    public Dictionary<string, object?> Record { get; } = [];
}
