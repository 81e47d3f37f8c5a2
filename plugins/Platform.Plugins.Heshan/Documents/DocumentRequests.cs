namespace Platform.Plugins.Heshan.Documents;

/// <summary>What a unit files: the document, the departments asked for opinions (each with its time limit), the sign-off and the hand-down.</summary>
internal sealed record FileDocumentRequest(string? Title, string? Body, IReadOnlyList<RouteStepRequest>? Departments, RouteStepRequest? SignOff,
    RouteStepRequest? HandDown);

/// <summary>A unit and its time limit in working days.</summary>
internal sealed record RouteStepRequest(string? UnitCode, int WorkingDays);

/// <summary>A department's answer: agrees or not, with its opinion.</summary>
internal sealed record OpinionRequest(bool Agrees, string? Opinion);

/// <summary>The leader's sign-off: approve (then the document is handed down) or not.</summary>
internal sealed record SignOffRequest(bool Approve, string? Opinion);

/// <summary>The acting unit reports the document carried out.</summary>
internal sealed record CompleteActionRequest(string? Note);
