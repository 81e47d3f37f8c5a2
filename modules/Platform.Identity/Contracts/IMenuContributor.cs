namespace Platform.Identity.Contracts;

/// <summary>
/// Adds entries to the layout's left menu for the actor, signed in or anonymous (no roles, no region). Modules register one
/// in Autofac (<c>builder.RegisterType&lt;X&gt;().As&lt;IMenuContributor&gt;()</c>) and decide by the actor's roles.
/// A contributor implements <see cref="ItemsFor"/>, or <see cref="ItemsForAsync"/> when an entry depends on stored data.
/// </summary>
public interface IMenuContributor
{
    IEnumerable<MenuItem> ItemsFor(ICurrentActor actor) => [];

    ValueTask<IEnumerable<MenuItem>> ItemsForAsync(ICurrentActor actor, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ItemsFor(actor));
}
