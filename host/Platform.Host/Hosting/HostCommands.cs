using Platform.Kernel.Cli;

namespace Platform.Host.Hosting;

/// <summary>The host's verbs: serve (default), migrate, plugins, help, and every verb a module adds.</summary>
internal static class HostCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var invocation = HostInvocation.Parse(args);
        try
        {
            switch (invocation.Verb)
            {
                case [] when invocation.WantsHelp:
                case ["help"]:
                    return await HelpAsync(invocation);
                case ["plugins"]:
                    return Plugins(invocation);
                case [] or ["serve"]:
                    return await ServeAsync(invocation);
                case ["migrate"]:
                    await using (await PlatformApp.BuildAsync(invocation.HostArguments))
                        Console.WriteLine("数据库已是最新 / database is up to date.");
                    return 0;
                default:
                    return await RunModuleVerbAsync(invocation);
            }
        }
        catch (PlatformStartException error)
        {
            Console.Error.WriteLine($"平台无法启动 / the platform cannot start: {error.Message}");
            return 1;
        }
        catch (Database.EmbeddedPostgresException error)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }
    }

    private static async Task<int> ServeAsync(HostInvocation invocation)
    {
        await using var app = await PlatformApp.BuildAsync(invocation.HostArguments);
        await app.Web.RunAsync();
        return 0;
    }

    private static int Plugins(HostInvocation invocation)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables().AddCommandLine(invocation.HostArguments).Build();
        var deployment = PlatformComposition.DeploymentFrom(configuration);
        var pluginDirectory = PlatformComposition.PluginDirectoryFrom(configuration);
        Console.WriteLine($"部署 / deployment: {deployment.Name} ({deployment.Title})");
        Console.WriteLine($"插件目录 / plugin folder: {pluginDirectory}");
        foreach (var plugin in PluginLoader.Survey(pluginDirectory, deployment))
        {
            var verdict = plugin is { Enabled: true, Present: true } ? "load" : plugin.Enabled ? "FAIL" : "skip";
            Console.WriteLine($"  {verdict,-4} {plugin.Name,-10} {plugin.Reason}");
        }

        return 0;
    }

    private static async Task<int> RunModuleVerbAsync(HostInvocation invocation)
    {
        await using var app = await PlatformApp.BuildAsync(invocation.HostArguments);
        var verb = app.Web.Services.GetServices<ICliVerb>().FirstOrDefault(v => v.Words.SequenceEqual(invocation.Verb));
        if (verb is null)
        {
            Console.Error.WriteLine($"未知命令 / unknown command: {string.Join(' ', invocation.Verb)}. Run with --help to list commands.");
            return 2;
        }

        return await verb.RunAsync(invocation.VerbArguments, Console.Out, CancellationToken.None);
    }

    private static async Task<int> HelpAsync(HostInvocation invocation)
    {
        Console.WriteLine("""
            政务服务审批平台 / approval platform host

            用法 / usage: Platform.Host [command] [options]

            commands:
              serve                 start the platform (default); http://127.0.0.1:5080 unless --urls is given
              migrate               apply every module's database migrations and exit
              plugins               list the plugins the deployment would load, and why
              help                  this text, with the module commands below (it needs no database)

            options:
              --deployment NAME     config/deployments/NAME.yaml (default: demo)
              --urls URL            where to listen, e.g. http://127.0.0.1:8080
              --data-dir DIR        where the embedded PostgreSQL keeps its data (default: .data)
              --Section:Key VALUE   any configuration value, e.g. --ConnectionStrings:Platform "Host=..."
            """);
        try
        {
            var verbs = await PlatformApp.DescribeVerbsAsync(invocation.HostArguments);
            if (verbs.Count > 0) Console.WriteLine("module commands:");
            foreach (var (words, summary) in verbs) Console.WriteLine($"  {words,-21} {summary}");
        }
        catch (PlatformStartException error)
        {
            Console.WriteLine($"(module commands unavailable: {error.Message})");
        }

        return 0;
    }
}
