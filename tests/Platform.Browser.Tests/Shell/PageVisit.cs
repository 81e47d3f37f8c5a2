namespace Platform.Browser.Tests.Shell;

/// <summary>What a person saw when they opened one link: the answer, where they ended up, how wide the page was, its text.</summary>
public sealed record PageVisit(
    DemoPerson Person,
    string Href,
    string Via,
    int Status,
    string ContentType,
    string FinalPath,
    string Heading,
    int ScrollWidth,
    int ViewportWidth,
    string Text)
{
    public bool IsHtml => ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sent to 无权访问 or back to sign-in instead of the page the link promised.</summary>
    public bool Denied => FinalPath.StartsWith("/denied", StringComparison.Ordinal)
                          || FinalPath.StartsWith("/signin", StringComparison.Ordinal) || Heading.Contains("无权访问");

    /// <summary>A page a person can read: answered below 400, as HTML, and not a refusal.</summary>
    public bool IsPage => Status is > 0 and < 400 && IsHtml && !Denied;

    public override string ToString() =>
        $"{Person.Name} {Href} (from {Via}) -> {Status} {ContentType} at {FinalPath}{(Heading.Length > 0 ? " «" + Heading + "»" : "")}";
}
