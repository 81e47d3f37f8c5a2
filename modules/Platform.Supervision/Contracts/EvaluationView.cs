namespace Platform.Supervision.Contracts;

/// <summary>A rating of a completed case: level 1–5 (see <see cref="EvaluationLevels"/>), per-dimension levels, comment, and the rectification it opened.</summary>
public sealed record EvaluationView(Guid Id, Guid CaseId, string CaseNumber, int Level, string LevelName, IReadOnlyDictionary<string, int> Dimensions,
    string Comment, DateTimeOffset RatedAt, bool IsReRating, Guid? RectificationId);
