namespace Platform.Identity.Contracts;

/// <summary>
/// Adds entries to the layout's left menu for the signed-in actor. Modules register one in Autofac
/// (<c>builder.RegisterType&lt;X&gt;().As&lt;IMenuContributor&gt;()</c>) and decide by the actor's roles.
/// </summary>
public interface IMenuContributor
{
    IEnumerable<MenuItem> ItemsFor(ICurrentActor actor);
}
