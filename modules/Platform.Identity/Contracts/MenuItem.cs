namespace Platform.Identity.Contracts;

/// <summary>One entry of the left menu. Lower <see cref="Order"/> comes first.</summary>
public sealed record MenuItem(string Title, string Href, int Order = 100);
