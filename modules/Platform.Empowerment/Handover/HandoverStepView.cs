namespace Platform.Empowerment.Handover;

/// <summary>One step: done when, and for records and access the due date and warning level of its deadline.</summary>
internal sealed record HandoverStepView(string Step, string Name, DateTimeOffset? DoneAt, DateOnly? Due, string? Warning);
