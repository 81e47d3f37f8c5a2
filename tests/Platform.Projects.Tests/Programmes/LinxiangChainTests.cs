using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Projects.Contracts;
using Platform.Testing;

namespace Platform.Projects.Tests.Programmes;

/// <summary>临湘 高新区: an industrial project's four stages, ending in the 8-working-day joint completion acceptance (竣工即办证).</summary>
public sealed class LinxiangChainTests
{
    private const string Linxiang = "430682";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Should_hold_the_joint_completion_acceptance_to_eight_working_days_across_dragon_boat_when_a_park_project_reaches_stage_four()
    {
        // Monday 1 June 2026. Stage 4 is accepted on Wednesday 10 June; 19–21 June are the 端午 holiday, so eight working days
        // end on Tuesday 23 June.
        await using var api = await ProjectApi.StartAsync(TestClock.At(2026, 6, 1, 9), Linxiang);
        var registered = await api.SendAsync(HttpMethod.Post, "/api/v1/projects", api.ApplicantToken,
            new { regionCode = Linxiang, name = "临湘高新区新材料厂房", categoryCode = "industrial", projectClass = "industrial", location = "临湘高新区工业大道" },
            idempotencyKey: Guid.NewGuid().ToString());
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var project = (await registered.Content.ReadFromJsonAsync<ProjectView>(Web))!;
        project.ChainClock.CapWorkingDays.ShouldBe(49);

        await api.RunStageAsync(project.Id, 1, 1);
        await api.RunStageAsync(project.Id, 2, 5);
        await api.RunStageAsync(project.Id, 3, 1);
        (await api.FileAsync(await api.GetAsync(project.Id), 4)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await api.AcceptAsync(project.Id, 4);

        var review = accepted.Stages.Single(s => s.Ordinal == 4).JointReviews.Single();
        review.Name.ShouldBe("竣工联合验收");
        review.CommittedWorkingDays.ShouldBe(8);
        review.Units.ShouldBe(["gxq-spfw", "zjj"], ignoreOrder: true);
        review.DueDate.ShouldBe(new DateOnly(2026, 6, 23));

        await api.AdvanceWorkingDaysAsync(8);
        foreach (var member in accepted.Stages.Single(s => s.Ordinal == 4).Members) await api.ApproveAsync(member.CaseId!.Value);
        (await api.GetAsync(project.Id)).Stages.Single(s => s.Ordinal == 4).State.ShouldNotBe("completed");
        await api.PassJointReviewAsync(project.Id, review.Id);

        var done = await api.GetAsync(project.Id);
        done.Stages.ShouldAllBe(s => s.State == "completed");
        done.ChainClock.Finished.ShouldBeTrue();
        done.ChainClock.WithinCap.ShouldBeTrue();
    }
}
