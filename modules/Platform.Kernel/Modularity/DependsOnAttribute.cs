namespace Platform.Kernel.Modularity;

/// <summary>Declares the modules this module needs loaded (and migrated, and seeded) before it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DependsOnAttribute(params Type[] modules) : Attribute
{
    public IReadOnlyList<Type> Modules { get; } = modules;
}
