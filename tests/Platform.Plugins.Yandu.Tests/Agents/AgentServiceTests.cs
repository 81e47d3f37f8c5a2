using System.Net;
using Platform.Testing;

namespace Platform.Plugins.Yandu.Tests.Agents;

[Collection(nameof(YanduHost))]
public sealed class AgentServiceTests(YanduHost yandu)
{
    [Fact]
    public async Task Should_assign_an_agent_under_first_responsibility_with_a_working_day_deadline_and_take_the_enterprise_rating()
    {
        yandu.Clock.Set(TestClock.At(2026, 9, 29, 10));
        var clerk = await yandu.StaffTokenAsync("clerk");
        var project = $"企业开办-{Guid.NewGuid():N}";
        var request = new { agentCode = "DB001", enterpriseCode = "91320903MA0DEMO01X", enterpriseName = "盐都区演示企业有限公司", projectName = project,
            matterCode = YanduHost.CompanyRegistration };

        var (status, assignment) = await yandu.SendAsync(HttpMethod.Post, "/api/v1/yandu/agent-assignments", clerk, request, idempotencyKey: Guid.NewGuid().ToString());
        status.ShouldBe(HttpStatusCode.OK, assignment.ToString());
        assignment.GetProperty("dueDate").GetString().ShouldBe("2026-10-09");
        var (second, conflict) = await yandu.SendAsync(HttpMethod.Post, "/api/v1/yandu/agent-assignments", clerk, request with { agentCode = "DB002" },
            idempotencyKey: Guid.NewGuid().ToString());
        second.ShouldBe(HttpStatusCode.Conflict, conflict.ToString());
        conflict.GetProperty("code").GetString().ShouldBe("yandu.agent.already_responsible");

        var id = assignment.GetProperty("id").GetGuid();
        await yandu.SendAsync(HttpMethod.Post, $"/api/v1/yandu/agent-assignments/{id}/complete", clerk);
        var (rated, view) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/yandu/agent-assignments/{id}/rating", await yandu.EnterpriseTokenAsync(),
            new { rating = 5, comment = "全程代办，零跑动" });

        rated.ShouldBe(HttpStatusCode.OK, view.ToString());
        view.GetProperty("rating").GetInt32().ShouldBe(5);
        view.GetProperty("status").GetString().ShouldBe("Closed");
    }

    [Fact]
    public async Task Should_refuse_an_agent_whose_scope_does_not_cover_the_matter()
    {
        var clerk = await yandu.StaffTokenAsync("clerk");

        var (status, problem) = await yandu.SendAsync(HttpMethod.Post, "/api/v1/yandu/agent-assignments", clerk,
            new { agentCode = "DB003", enterpriseCode = "91320903MA0SCOPE01X", enterpriseName = "范围测试公司", projectName = "企业开办",
                matterCode = YanduHost.CompanyRegistration }, idempotencyKey: Guid.NewGuid().ToString());

        status.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
        problem.GetProperty("code").GetString().ShouldBe("yandu.agent.out_of_scope");
    }
}
