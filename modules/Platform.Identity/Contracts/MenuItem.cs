namespace Platform.Identity.Contracts;

/// <summary>
/// One entry of the left menu. Lower <see cref="Order"/> comes first. <see cref="Landing"/> marks the person's own work:
/// after sign-in, and when they open <c>/</c>, they land on the first such entry of their menu.
/// </summary>
public sealed record MenuItem(string Title, string Href, int Order = 100, bool Landing = false);
