using System.Diagnostics;
using Npgsql;
using Platform.Cases.Tracking;
using Platform.Identity.Contracts;
using Platform.Kernel.Time;
using Platform.Load.Driver;
using Platform.Load.Reporting;
using Platform.Supervision.Indicators;
using Platform.Supervision.Statistics;
using Platform.Supervision.Watch;
using Platform.Testing;

namespace Platform.Load.Scale;

/// <summary>
/// Grows one fresh database through the sizes asked for (10 thousand, 100 thousand, 1 million cases) and times, at
/// each size, the platform's own services: the deadline watch's full pass, the statistics and indicator queries, the
/// reviewer's and the window's queues, tracking by number and query code, and an applicant's own cases.
/// </summary>
internal sealed class ScaleRun(LoadOptions options, LoadReport report)
{
    private const int Repeats = 5;

    public async Task RunAsync()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", LoadHost.Settings(await TestCluster.CreateDatabaseAsync(), "--Supervision:WatchSeconds=86400"));
        var directory = host.Get<IOrganisationDirectory>();
        var units = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var region in DeskSetup.DemoRegions)
            units[region] = (await directory.UnitsAsync(region, CancellationToken.None)).Where(u => u.Kind == UnitKind.Bureau).Select(u => u.Code).ToList();
        var seeder = new CaseSeeder(host.Get<NpgsqlDataSource>(), units);
        var now = host.Get<IClock>().Now;
        var today = BusinessTime.DateOf(now);
        const string region0 = "320903";
        var seeded = 0;
        foreach (var size in options.ScaleSizes.Order())
        {
            var started = Stopwatch.StartNew();
            await seeder.SeedAsync(seeded, size, now);
            report.Add(new ScaleRow(size, "seed (COPY, facts, daily counts)", started.Elapsed.TotalMilliseconds, $"{size - seeded:N0} cases added"));
            seeded = size;

            var watch = host.Get<DeadlineWatch>();
            await TimeAsync(size, "deadline watch: full pass", async () => $"{await watch.RunAsync(CancellationToken.None):N0} warnings raised", once: true);
            await TimeAsync(size, "deadline watch: next pass", async () => $"{await watch.RunAsync(CancellationToken.None):N0} warnings raised", once: true);

            var statistics = host.Get<StatisticsQueries>();
            await TimeAsync(size, "statistics by unit, one year", async () =>
                $"{(await statistics.SumAsync(region0, today.AddDays(-365), today, "unit", CancellationToken.None)).Count} rows");
            await TimeAsync(size, "statistics by day, one year", async () =>
                $"{(await statistics.SumAsync(region0, today.AddDays(-365), today, "day", CancellationToken.None)).Count} rows");
            var indicators = host.Get<ProgrammeIndicators>();
            await TimeAsync(size, "programme indicators, one year", async () =>
                $"{(await indicators.ForRegionAsync(region0, today.AddDays(-365), today, CancellationToken.None)).Count} indicators");

            var lists = host.Get<CaseLists>();
            var unit = units[region0][0];
            await TimeAsync(size, "reviewer queue, first page", async () =>
                $"{(await lists.UnitQueueAsync(region0, unit, 1, 20, CancellationToken.None)).Total:N0} cases in the queue");
            await TimeAsync(size, "window intake queue, first page", async () =>
                $"{(await lists.IntakeQueueAsync(region0, 1, 20, CancellationToken.None)).Total:N0} cases waiting");
            var queries = host.Get<CaseQueries>();
            var probe = size / 2 + 7;
            var regionOfProbe = SeededCase.Of(probe, units.Keys.Order().ToList(), units, now).Region;
            await TimeAsync(size, "tracking by number and query code", async () =>
                (await queries.TrackAsync(CaseSeeder.Number(regionOfProbe, probe), CaseSeeder.QueryCode(probe), CancellationToken.None)) is null
                    ? "not found" : "found");
            await TimeAsync(size, "an applicant's own cases", async () =>
                $"{(await lists.ApplicantCasesAsync(CaseSeeder.Applicant(probe), null, 1, 20, CancellationToken.None)).Total} cases");
        }
    }

    /// <summary>Times a measure: once, or the median of five runs after one warm-up.</summary>
    private async Task TimeAsync(int size, string measure, Func<Task<string>> run, bool once = false)
    {
        var samples = new List<double>();
        var note = once ? "" : await run();
        for (var i = 0; i < (once ? 1 : Repeats); i++)
        {
            var started = Stopwatch.GetTimestamp();
            note = await run();
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        samples.Sort();
        report.Add(new ScaleRow(size, measure, samples[samples.Count / 2], once ? note : $"{note}; median of {Repeats}"));
    }
}
