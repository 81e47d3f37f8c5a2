using System.Text.Json;
using Platform.Kernel.Errors;

namespace Platform.Host.Web.Input;

/// <summary>
/// A value the JSON reader refuses by the platform's input rules. It is a <see cref="JsonException"/> so the serializer
/// fills in where in the body it stands (<see cref="JsonException.Path"/>); the problem handler then names that field.
/// </summary>
internal sealed class RefusedInputException(Func<string, PlatformProblem> problem, string innerPath = "") : JsonException
{
    public PlatformProblem Problem => problem((Path ?? "$") + innerPath);
}
