using Autofac;

namespace Platform.Kernel.Modularity;

/// <summary>Registration shorthands modules share.</summary>
public static class ContainerBuilderExtensions
{
    /// <summary>Registers each of a module's stateless services as a single instance, resolved by its own type.</summary>
    public static void RegisterSingletonsAsSelf(this ContainerBuilder builder, params Type[] types)
    {
        foreach (var type in types) builder.RegisterType(type).AsSelf().SingleInstance();
    }
}
