using System.Reflection;
using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Database;
using Platform.Kernel.Scheduling;

namespace Platform.Kernel.Modularity;

/// <summary>
/// One module of the platform: a core module compiled into the host or a regional plugin.
/// The host orders modules by <see cref="DependsOnAttribute"/>, registers their services,
/// applies their migrations, seeds their data, maps their endpoints and schedules their jobs.
/// </summary>
public abstract class PlatformModule : Autofac.Module
{
    private ModuleContext? context;

    /// <summary>The PostgreSQL schema this module owns; its migrations run there.</summary>
    public abstract string Schema { get; }

    public string Name => GetType().Name.EndsWith("Module", StringComparison.Ordinal)
        ? GetType().Name[..^"Module".Length]
        : GetType().Name;

    public string Version =>
        GetType().Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? GetType().Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>What people call this module or programme, in Chinese (shown on the home page).</summary>
    public virtual string Title => Name;

    public IReadOnlyList<Type> Dependencies =>
        GetType().GetCustomAttribute<DependsOnAttribute>()?.Modules ?? [];

    protected ModuleContext Context =>
        context ?? throw new InvalidOperationException($"Module {Name} was used before the host attached it.");

    internal void Attach(ModuleContext moduleContext) => context = moduleContext;

    /// <summary>Framework services (authentication schemes, options) that must go through IServiceCollection.</summary>
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public virtual IReadOnlyList<MigrationScript> Migrations => MigrationScript.FromAssembly(GetType().Assembly, Schema);

    /// <summary>Seeds data on start. Must be idempotent and must never overwrite what an admin changed.</summary>
    public virtual Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual void ScheduleJobs(IJobSchedule jobs)
    {
    }
}
