namespace Platform.Catalogue.Matters;

/// <summary>
/// Who saved or published a version, as a person reads it. Pages and the API record the signed-in user's display name;
/// the first start records <c>seed:&lt;region&gt;</c>, which is the programme's initial data.
/// </summary>
internal static class ActorNames
{
    public static string Of(string? actor) => actor switch
    {
        null or "" => "—",
        _ when actor.StartsWith("seed:", StringComparison.Ordinal) => "初始数据",
        _ => actor,
    };
}
