using Platform.Kernel.Input;

namespace Platform.Host.Web.Input;

/// <summary>
/// Holds the dates an endpoint binds from its route or query string (a period's <c>from</c> and <c>to</c>) to
/// <see cref="InputDates"/>, for every module's endpoints at once; dates inside JSON bodies are held by the reader.
/// </summary>
internal static class InputDateFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var dated = factory.MethodInfo.GetParameters().Where(p => IsDate(p.ParameterType)).ToArray();
        if (dated.Length == 0) return next;
        return context =>
        {
            foreach (var parameter in dated)
                if (!Allows(context.Arguments[parameter.Position])) throw InputDates.Problem(parameter.Name ?? "date");
            return next(context);
        };
    }

    private static bool IsDate(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t
                                             && (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset));

    private static bool Allows(object? value) => value switch
    {
        DateOnly date => InputDates.Allows(date),
        DateTime instant => InputDates.Allows(instant),
        DateTimeOffset instant => InputDates.Allows(instant),
        _ => true,
    };
}
