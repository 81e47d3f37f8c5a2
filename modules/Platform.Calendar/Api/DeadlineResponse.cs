using System.Text.Json.Serialization;

namespace Platform.Calendar.Api;

/// <summary>The answer to <c>GET /api/v1/calendar/deadline</c>; <see cref="DueAt"/> only for hour limits.</summary>
internal sealed record DeadlineResponse(
    DateOnly Due,
    bool Provisional,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DueAt);
