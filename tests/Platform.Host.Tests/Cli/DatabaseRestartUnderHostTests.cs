using Platform.Testing;

namespace Platform.Host.Tests.Cli;

/// <summary>
/// The embedded cluster goes away underneath a serving host: restarted by an operator, or stopped and left down. The
/// host answers again by itself, without being restarted.
/// </summary>
public sealed class DatabaseRestartUnderHostTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_serve_again_when_an_operator_restarts_its_database_with_pg_ctl()
    {
        var data = TestCluster.NewDirectory("data");
        await using var host = await StartAsync(data);
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(5) };
        var postgres = new Operator(data);

        var stopped = await postgres.StopAsync();
        var started = await postgres.StartAsync();

        stopped.ExitCode.ShouldBe(0, stopped.Output);
        started.ExitCode.ShouldBe(0, started.Output);
        (await AnswersWithinAsync(http, Patience)).ShouldBe("healthz 200, matters 200");
    }

    [Fact]
    public async Task Should_start_its_database_again_and_serve_when_it_was_stopped_and_nobody_started_it()
    {
        var data = TestCluster.NewDirectory("data");
        await using var host = await StartAsync(data);
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(5) };
        var postgres = new Operator(data);

        var stopped = await postgres.StopAsync();

        stopped.ExitCode.ShouldBe(0, stopped.Output);
        (await AnswersWithinAsync(http, Patience)).ShouldBe("healthz 200, matters 200");
        postgres.PostmasterPid().ShouldNotBeNull();
    }

    private static async Task<Platform.Testing.HostProcess> StartAsync(string data) =>
        await Platform.Testing.HostProcess.StartAsync($"--Platform:DataDirectory={data}", $"--Cases:FileDirectory={TestCluster.NewDirectory("files")}");

    /// <summary>Asks once a second until the host answers, or the patience runs out; returns the last answer.</summary>
    private static async Task<string> AnswersWithinAsync(HttpClient http, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            last = $"healthz {await StatusAsync(http, "/healthz")}, matters {await StatusAsync(http, "/api/v1/regions/440784/matters?pageSize=1")}";
            if (last == "healthz 200, matters 200") return last;
            await Task.Delay(1000);
        }

        return last;
    }

    private static async Task<string> StatusAsync(HttpClient http, string path)
    {
        try
        {
            return ((int)(await http.GetAsync(path)).StatusCode).ToString();
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return error.GetType().Name;
        }
    }
}
