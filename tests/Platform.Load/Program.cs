using Platform.Load;
using Platform.Load.Driver;
using Platform.Load.Reporting;
using Platform.Load.Scale;
using Platform.Testing;

// Load, ceiling and scale measurements of the platform; see README.md in this folder.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("usage: Platform.Load [--phases load,ceiling,scale] [--url http://127.0.0.1:PORT --db CONNECTION] " +
                            "[--concurrency 8] [--seconds 30] [--requests 50000] [--scale 10000,100000,1000000] [--reports reports] [--host-setting Key=Value]...");
    return 2;
}

var report = new LoadReport(options.ReportDirectory, options.Phases.Contains("scale") && !options.Phases.Contains("load") ? "scale" : "load");
if (options.Phases.Contains("load"))
{
    if (options.Url is { } url)
    {
        using var http = new HttpClient { BaseAddress = url };
        await new LoadRun(options, http, options.Database, report).RunAsync();
    }
    else
    {
        // The host runs in a process of its own, as in a deployment: the driver's own work does not share its runtime.
        var database = await TestCluster.CreateDatabaseAsync();
        await using var host = await HostProcess.StartAsync(LoadHost.Settings(database, [.. options.HostSettings]));
        using var http = new HttpClient { BaseAddress = host.Address };
        await new LoadRun(options, http, database, report).RunAsync();
    }
}

if (options.Phases.Contains("scale")) await new ScaleRun(options, report).RunAsync();

Console.WriteLine($"report: {await report.WriteAsync()}");
return 0;
