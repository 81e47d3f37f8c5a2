using Autofac;
using Autofac.Extensions.DependencyInjection;
using Npgsql;
using Platform.Host.Database;
using Platform.Host.Scheduling;
using Platform.Host.Web;
using Platform.Kernel.Cli;

namespace Platform.Host.Hosting;

/// <summary>
/// The composed platform: configuration, the database (embedded or external), the modules and
/// plugins of the deployment, migrated and seeded, ready to serve or to run a CLI verb.
/// </summary>
public sealed class PlatformApp : IAsyncDisposable
{
    private PlatformApp(WebApplication web, PlatformDatabase database)
    {
        Web = web;
        Database = database;
    }

    public WebApplication Web { get; }

    public PlatformDatabase Database { get; }

    /// <param name="overrides">Registrations that replace the modules' own, for tests (a clock they control, say).</param>
    public static async Task<PlatformApp> BuildAsync(string[] args, Action<ContainerBuilder>? overrides = null,
        CancellationToken cancellationToken = default)
    {
        var (web, database) = await ComposeAsync(args, overrides, cancellationToken);
        try
        {
            var startup = web.Services.GetRequiredService<PlatformStartup>();
            await startup.MigrateAsync(cancellationToken);
            await startup.SeedAsync(cancellationToken);
            return new PlatformApp(web, database);
        }
        catch
        {
            await web.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Brings the deployment's database schema up to date and seeds nothing: what a database cloned for many hosts
    /// (a test cluster's template) holds, each host then seeding its own copy under its own clock and settings.
    /// </summary>
    public static async Task MigrateSchemaAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var (web, database) = await ComposeAsync(args, null, cancellationToken);
        await using (database)
        await using (web)
            await web.Services.GetRequiredService<PlatformStartup>().MigrateAsync(cancellationToken);
    }

    /// <summary>The web application with every module composed and the database open; nothing migrated or seeded yet.</summary>
    private static async Task<(WebApplication Web, PlatformDatabase Database)> ComposeAsync(string[] args,
        Action<ContainerBuilder>? overrides, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder(args);
        var composition = PlatformComposition.Load(builder.Configuration);
        using var startupLogging = LoggerFactory.Create(logging => logging.AddConsole());
        var database = await PlatformDatabase.OpenAsync(builder.Configuration, startupLogging.CreateLogger("Platform.Database"), cancellationToken);
        try
        {
            ConfigureServices(builder, composition, database, overrides);
            var web = builder.Build();
            web.UsePlatform(composition);
            return (web, database);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>The modules' command-line verbs (words and summary), composed without starting or opening a database: for the help text.</summary>
    internal static async Task<IReadOnlyList<(string Words, string Summary)>> DescribeVerbsAsync(string[] args)
    {
        var builder = CreateBuilder(args);
        var composition = PlatformComposition.Load(builder.Configuration);
        ConfigureServices(builder, composition, PlatformDatabase.NotOpened(builder.Configuration), null);
        await using var web = builder.Build();
        return web.Services.GetServices<ICliVerb>().Select(v => (string.Join(' ', v.Words), v.Summary)).ToList();
    }

    private static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

    private static void ConfigureServices(WebApplicationBuilder builder, PlatformComposition composition, PlatformDatabase database,
        Action<ContainerBuilder>? overrides)
    {
        var dataSource = PlatformDataSource.Create(database.ConnectionString);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterInstance(dataSource).As<NpgsqlDataSource>();
            container.RegisterInstance(database).AsSelf().ExternallyOwned();
            if (database.Embedded is { } embedded) container.RegisterInstance(embedded).AsSelf().ExternallyOwned();
            container.RegisterInstance(composition).AsSelf();
            container.RegisterInstance(composition.Deployment).AsSelf();
            container.RegisterType<PlatformStartup>().AsSelf().SingleInstance();
            foreach (var module in composition.Modules) container.RegisterModule(module);
            overrides?.Invoke(container);
        });

        if (database.Embedded is not null) builder.Services.AddHostedService<EmbeddedPostgresWatch>();
        builder.Services.AddPlatformWeb(builder.Configuration);
        builder.Services.AddPlatformScheduling(builder.Configuration, composition, database.ConnectionString);
        foreach (var module in composition.Modules) module.ConfigureServices(builder.Services, builder.Configuration);
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await Database.DisposeAsync();
    }
}
