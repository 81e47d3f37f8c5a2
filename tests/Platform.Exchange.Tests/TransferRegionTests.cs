using System.Net;
using System.Net.Http.Headers;

namespace Platform.Exchange.Tests;

/// <summary>The transfer run on demand sends the named region's rows only, and only for callers who administer that region.</summary>
public sealed class TransferRegionTests(ExchangeHost exchange) : IClassFixture<ExchangeHost>
{
    [Fact]
    public async Task Should_leave_other_regions_rows_unsent_when_an_admin_runs_the_transfer_of_a_region()
    {
        var stage = new AnshanStage(exchange.Host.Http);
        var project = await stage.RegisterAsync();
        var heshanAdmin = await stage.TokenAsync("/api/v1/auth/token", new { account = "440784-admin", password = "Demo@123456" });
        var anshanAdmin = await stage.TokenAsync("/api/v1/auth/token", new { account = $"{AnshanStage.Region}-admin", password = "Demo@123456" });

        var ownRegion = await TransferAsync("440784", heshanAdmin);
        var otherRegion = await TransferAsync(AnshanStage.Region, heshanAdmin);
        var afterOthers = await exchange.OutboxRowsAsync(project.Code);
        var stagedByOthers = await exchange.StagingRowsAsync(project.Code);
        var anshan = await TransferAsync(AnshanStage.Region, anshanAdmin);

        ownRegion.StatusCode.ShouldBe(HttpStatusCode.OK, await ownRegion.Content.ReadAsStringAsync());
        otherRegion.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        afterOthers.ShouldNotBeEmpty();
        afterOthers.ShouldAllBe(row => row.State == "pending");
        stagedByOthers.ShouldBeEmpty();
        anshan.StatusCode.ShouldBe(HttpStatusCode.OK, await anshan.Content.ReadAsStringAsync());
        (await exchange.OutboxRowsAsync(project.Code)).ShouldAllBe(row => row.State == "sent");
    }

    private Task<HttpResponseMessage> TransferAsync(string region, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/regions/{region}/exchange/transfer");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return exchange.Host.Http.SendAsync(request);
    }
}
