namespace Platform.Kernel.Modularity;

/// <summary>Orders modules so each comes after everything it depends on.</summary>
public static class ModuleGraph
{
    /// <summary>
    /// Returns the modules in dependency order, keeping the given order where dependencies leave a choice.
    /// Throws <see cref="ModuleGraphException"/> naming the cycle or the missing dependency.
    /// </summary>
    public static IReadOnlyList<PlatformModule> Order(IReadOnlyList<PlatformModule> modules)
    {
        var byType = new Dictionary<Type, PlatformModule>();
        foreach (var module in modules)
        {
            if (!byType.TryAdd(module.GetType(), module))
                throw new ModuleGraphException($"Module {module.Name} is listed twice.");
        }

        var ordered = new List<PlatformModule>(modules.Count);
        var state = new Dictionary<Type, bool>(); // false: on the current path, true: done
        var path = new Stack<PlatformModule>();

        void Visit(PlatformModule module)
        {
            var type = module.GetType();
            if (state.TryGetValue(type, out var done))
            {
                if (done) return;
                var cycle = path.Reverse().SkipWhile(m => m.GetType() != type).Select(m => m.Name).Append(module.Name);
                throw new ModuleGraphException($"Module dependency cycle: {string.Join(" -> ", cycle)}.");
            }

            state[type] = false;
            path.Push(module);
            foreach (var dependency in module.Dependencies)
            {
                if (!byType.TryGetValue(dependency, out var required))
                    throw new ModuleGraphException(
                        $"Module {module.Name} depends on {ShortName(dependency)}, which is not loaded.");
                Visit(required);
            }

            path.Pop();
            state[type] = true;
            ordered.Add(module);
        }

        foreach (var module in modules) Visit(module);
        return ordered;
    }

    private static string ShortName(Type type) =>
        type.Name.EndsWith("Module", StringComparison.Ordinal) ? type.Name[..^"Module".Length] : type.Name;
}

public sealed class ModuleGraphException(string message) : Exception(message);
