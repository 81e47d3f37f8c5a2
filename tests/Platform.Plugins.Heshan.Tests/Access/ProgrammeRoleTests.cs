using System.Net;
using Platform.Testing;

namespace Platform.Plugins.Heshan.Tests.Access;

/// <summary>The programme's staff API is for the roles whose work it is; the window clerk's work is intake and delivery.</summary>
public sealed class ProgrammeRoleTests
{
    [Fact]
    public async Task Should_refuse_the_programmes_staff_api_to_a_window_clerk_and_answer_a_reviewer_when_both_are_of_heshan()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 14, 9));
        var clerk = await fixture.TokenAsync("440784-clerk");
        var reviewer = await fixture.StaffOfAsync("fgj");

        foreach (var path in new[] { "/api/v1/heshan/documents", "/api/v1/heshan/admissions", "/api/v1/heshan/key-projects/reports/2026/9" })
        {
            await fixture.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, path, clerk);
            await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path, reviewer);
        }

        await fixture.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, "/api/v1/heshan/enterprises/91440784MA0DEMO01X/policies", clerk);
    }
}
