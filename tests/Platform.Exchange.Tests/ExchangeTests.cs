using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Platform.Cases.Contracts;
using Platform.Exchange.Province;
using Platform.Exchange.Reconciliation;
using Platform.Kernel.Cli;

namespace Platform.Exchange.Tests;

public sealed class ExchangeTests(ExchangeHost exchange) : IClassFixture<ExchangeHost>
{
    [Fact]
    public async Task Should_hold_each_row_of_an_anshan_first_stage_in_the_staging_schema_exactly_once_when_the_stage_completes_and_transfers_repeat()
    {
        var stage = new AnshanStage(exchange.Host.Http);
        var project = await stage.RegisterAndAcceptFirstStageAsync();
        await AnshanStage.ApproveAllAsync(exchange.Host.Get<ICaseWorkflow>(), exchange.Host.Get<ICaseReader>(), project);
        var outbox = await exchange.OutboxRowsAsync(project.Code);
        outbox.Select(o => o.Key).ShouldContain($"{project.Code}:xm");
        outbox.Select(o => o.Key).ShouldContain($"{project.Code}:jd1:1");
        outbox.Select(o => o.Key).ShouldContain($"{project.Code}:jd1:3", "the first stage completed");
        foreach (var member in project.Stages[0].Members)
        {
            outbox.Select(o => o.Key).ShouldContain($"{member.CaseNumber}:sx");
            outbox.Select(o => o.Key).ShouldContain($"{member.CaseNumber}:bl11", "every member case was approved");
        }

        await exchange.Transfer.RunAsync(CancellationToken.None);
        await exchange.Transfer.RunAsync(CancellationToken.None);
        // As after a crash between the staging commit and the outbox update: the same rows are sent again.
        await exchange.QueryAsync(c => c.ExecuteAsync("UPDATE exchange.outbox SET state = 'pending' WHERE project_code = @Code", new { project.Code }));
        await exchange.Transfer.RunAsync(CancellationToken.None);

        var staging = await exchange.StagingRowsAsync(project.Code);
        staging.Count.ShouldBe(outbox.Count);
        staging.OrderBy(s => s.Lsh).ShouldBe(outbox.Select(o => (o.Key, o.Seq)).OrderBy(o => o.Seq));
    }

    [Fact]
    public async Task Should_send_a_row_once_on_the_next_run_when_the_first_send_failed()
    {
        var project = await new AnshanStage(exchange.Host.Http).RegisterAsync();
        exchange.Writer.Failures = 1;
        await exchange.Transfer.RunAsync(CancellationToken.None);
        var failed = await exchange.QueryAsync(c => c.QuerySingleAsync<(string State, int Attempts, string? LastError)>(
            "SELECT state, attempts, last_error FROM exchange.outbox WHERE business_key = @key", new { key = $"{project.Code}:xm" }));
        failed.ShouldBe(("pending", 1, "前置库连接超时（测试注入）"));
        (await exchange.StagingRowsAsync(project.Code)).ShouldBeEmpty();

        await exchange.Transfer.RunAsync(CancellationToken.None);
        (await exchange.StagingRowsAsync(project.Code)).ShouldBeEmpty("the back-off has not passed");
        exchange.Clock.Advance(TimeSpan.FromMinutes(2));
        await exchange.Transfer.RunAsync(CancellationToken.None);

        (await exchange.StagingRowsAsync(project.Code)).Select(s => s.Key).ShouldBe([$"{project.Code}:xm"]);
        (await exchange.OutboxRowsAsync(project.Code)).Single().State.ShouldBe("sent");
    }

    [Fact]
    public async Task Should_list_a_row_until_the_province_accepts_it_and_resend_it_when_it_stays_unaccepted_past_the_retry_interval()
    {
        var project = await new AnshanStage(exchange.Host.Http).RegisterAsync();
        var key = $"{project.Code}:xm";
        await exchange.Transfer.RunAsync(CancellationToken.None);
        await exchange.QueryAsync(c => c.ExecuteAsync(
            "INSERT INTO province_staging.spgl_xmjbxxb SELECT (jsonb_populate_record(NULL::province_staging.spgl_xmjbxxb, payload || jsonb_build_object('dfsjzj', business_key || ':stray', 'lsh', 0, 'sjyxbs', 1, 'sjsczt', 0, 'sjgxsj', now()))).* FROM exchange.outbox WHERE business_key = @key",
            new { key }));

        var report = await ReportAsync();
        report.Items.ShouldContain(r => r.BusinessKey == key && r.State == "sent" && r.StagingState == 0);
        report.Mismatches.ShouldContain(m => m.BusinessKey == key + ":stray" && m.Problem == "前置库有记录，发件箱无对应");
        var cli = new StringWriter();
        var verb = exchange.Host.Get<IEnumerable<ICliVerb>>().Single(v => v.Words.SequenceEqual(["exchange", "reconcile"]));
        (await verb.RunAsync(["--region", AnshanStage.Region], cli, CancellationToken.None)).ShouldBe(1);
        cli.ToString().ShouldContain($"未接收 ");
        cli.ToString().ShouldContain(key);

        exchange.Clock.Advance(TimeSpan.FromMinutes(31));
        await exchange.Transfer.RunAsync(CancellationToken.None);
        (await exchange.QueryAsync(c => c.QuerySingleAsync<int>("SELECT attempts FROM exchange.outbox WHERE business_key = @key", new { key })))
            .ShouldBe(2, "not accepted within 30 minutes, so sent again");
        (await exchange.StagingRowsAsync(project.Code)).Count(s => s.Key == key).ShouldBe(1);

        await exchange.Host.Get<FakeProvince>().AnswerAsync(CancellationToken.None);
        await exchange.Transfer.RunAsync(CancellationToken.None);
        (await ReportAsync()).Items.ShouldNotContain(r => r.BusinessKey == key);
        (await exchange.OutboxRowsAsync(project.Code)).Single().State.ShouldBe("accepted");
    }

    private async Task<ReconciliationReport> ReportAsync()
    {
        var http = exchange.Host.Http;
        var token = await new AnshanStage(http).TokenAsync("/api/v1/auth/token", new { account = $"{AnshanStage.Region}-admin", password = "Demo@123456" });
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/regions/{AnshanStage.Region}/exchange/reconciliation?pageSize=100");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReconciliationReport>())!;
    }
}
