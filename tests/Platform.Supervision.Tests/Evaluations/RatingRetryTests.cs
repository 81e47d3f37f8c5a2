using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Supervision.Tests.Evaluations;

/// <summary>A rating retried with its Idempotency-Key (a lost answer, a double tap) answers the first rating and records nothing more.</summary>
public sealed class RatingRetryTests
{
    [Fact]
    public async Task Should_answer_the_first_rating_and_count_it_once_when_the_rating_is_retried_with_the_same_key()
    {
        await using var host = await SupervisionHost.StartAsync(new TestClock(TestClock.At(2026, 9, 21, 10)));
        var http = new Http(host.Host);
        var applicant = await http.ApplicantAsync(CompletedCases.Applicant);
        var approved = await CompletedCases.ApproveAsync(host, http, applicant);
        var key = Guid.NewGuid().ToString();
        var path = $"/api/v1/supervision/cases/{approved.Id}/evaluations";

        var first = await http.SendAsync(HttpMethod.Post, path, applicant, new { level = 4, comment = "审批太慢。" }, idempotencyKey: key);
        var retry = await http.SendAsync(HttpMethod.Post, path, applicant, new { level = 4, comment = "审批太慢。" }, idempotencyKey: key);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.StatusCode.ShouldBe(HttpStatusCode.OK, await retry.Content.ReadAsStringAsync());
        var firstRating = await first.Content.ReadFromJsonAsync<JsonElement>();
        var retried = await retry.Content.ReadFromJsonAsync<JsonElement>();
        retried.GetProperty("id").GetGuid().ShouldBe(firstRating.GetProperty("id").GetGuid());
        retried.GetProperty("rectificationId").GetGuid().ShouldBe(firstRating.GetProperty("rectificationId").GetGuid());
        retried.GetProperty("levelName").GetString().ShouldBe("不满意");
        (await host.ScalarAsync<long>("SELECT count(*) FROM supervision.evaluations WHERE case_id = @Id", new { approved.Id })).ShouldBe(1);
        (await host.ScalarAsync<long>("SELECT coalesce(sum(rated_4), 0) FROM supervision.daily_case_stats WHERE region_code = @Region",
            new { Region = CompletedCases.Region })).ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_the_same_key_for_a_different_rating()
    {
        await using var host = await SupervisionHost.StartAsync(new TestClock(TestClock.At(2026, 9, 21, 10)));
        var http = new Http(host.Host);
        var applicant = await http.ApplicantAsync(CompletedCases.Applicant);
        var approved = await CompletedCases.ApproveAsync(host, http, applicant);
        var key = Guid.NewGuid().ToString();
        var path = $"/api/v1/supervision/cases/{approved.Id}/evaluations";
        (await http.SendAsync(HttpMethod.Post, path, applicant, new { level = 2 }, idempotencyKey: key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var other = await http.SendAsync(HttpMethod.Post, path, applicant, new { level = 5 }, idempotencyKey: key);

        other.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("request.idempotency_key_reused");
    }
}
