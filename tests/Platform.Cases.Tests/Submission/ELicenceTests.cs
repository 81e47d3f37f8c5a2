using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Intake;
using Platform.Cases.Submission;
using Platform.Cases.Tracking;
using Platform.Kernel.Errors;
using Platform.Testing;

namespace Platform.Cases.Tests.Submission;

public sealed class ELicenceTests
{
    private static async Task IssueBusinessLicenceAsync(CaseFixture fixture, string number, string holder)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        var caseId = await connection.QuerySingleAsync<Guid>("SELECT id FROM cases.cases LIMIT 1");
        await connection.ExecuteAsync(
            """
            INSERT INTO cases.licences (id, number, region_code, case_id, holder_id, holder_name, licence_type, issuing_unit, seal_reference, issued_at)
            VALUES (gen_random_uuid(), @number, '440784', @caseId, @holder, '鹤山市宏达实业有限公司', '营业执照', 'scjg', 'ESEAL:440784:scjg', now())
            """, new { number, caseId, holder });
    }

    [Fact]
    public async Task Should_satisfy_a_material_with_the_applicants_e_licence_without_an_upload()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");
        await IssueBusinessLicenceAsync(fixture, "91440784MA5TEST01X-YYZZ", CaseFixture.Applicant.Id);
        var file = await fixture.UploadAsync(CaseFixture.Applicant);

        var (row, _) = await fixture.Get<SubmitCase>().HandleAsync(CaseFixture.Command(TestMatters.SealEngraving,
            [new SubmittedMaterial("B01", null, "91440784MA5TEST01X-YYZZ"), new SubmittedMaterial("B02", file, null)]),
            CaseFixture.Applicant, "licence-1", CancellationToken.None);
        var accepted = await fixture.Get<AcceptCase>().AcceptAsync(row.Id, row.Version, CaseFixture.Clerk, CancellationToken.None);

        accepted.State.ShouldBe(CaseState.UnderReview);
        var view = (await fixture.Get<CaseQueries>().GetAsync(row.Id, CancellationToken.None))!;
        view.Materials.Single(m => m.Code == "B01").ShouldSatisfyAllConditions(
            m => m.Status.ShouldBe("ELicence"), m => m.LicenceReference.ShouldBe("91440784MA5TEST01X-YYZZ"), m => m.FileId.ShouldBeNull());
    }

    [Fact]
    public async Task Should_refuse_another_holders_licence_and_write_nothing()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");
        await IssueBusinessLicenceAsync(fixture, "91440784MA5OTHER1X-YYZZ", "someone-else");

        var problem = await Should.ThrowAsync<PlatformProblem>(() => fixture.Get<SubmitCase>().HandleAsync(CaseFixture.Command(
            TestMatters.SealEngraving, [new SubmittedMaterial("B01", null, "91440784MA5OTHER1X-YYZZ")]), CaseFixture.Applicant, "licence-2",
            CancellationToken.None));

        problem.Code.ShouldBe("case.material.licence_invalid");
        problem.Errors.Keys.ShouldContain("materials[0].licenceReference");
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        (await connection.QuerySingleAsync<int>("SELECT count(*)::int FROM cases.cases WHERE matter_code = @Code", new { TestMatters.SealEngraving.Code })).ShouldBe(0);
    }
}
