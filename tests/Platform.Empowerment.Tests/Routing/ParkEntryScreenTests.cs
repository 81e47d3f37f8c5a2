using Dapper;
using Npgsql;
using Platform.Kernel.Errors;
using Platform.Testing;

namespace Platform.Empowerment.Tests.Routing;

public sealed class ParkEntryScreenTests
{
    private static readonly DateTimeOffset EffectiveAt = TestClock.At(2026, 3, 30, 0);

    /// <summary>入园项目准入审核, decided by the park itself.</summary>
    private const string EntryApplication = "11430682MB0000051X000101002000";

    [Theory]
    [InlineData("""{"industryCode":"2511","项目名称":"恒泰新材料扩建项目"}""", "新建、扩建炼油及石油加工项目")]
    [InlineData("""{"industryCode":"C2519","项目名称":"恒泰新材料扩建项目"}""", "新建、扩建炼油及石油加工项目")]
    [InlineData("""{"industryCode":"3985","businessScope":"进口固体废物加工利用","项目名称":"恒泰新材料扩建项目"}""", "进口固体废物加工利用")]
    public async Task Should_refuse_an_application_to_the_park_and_record_nothing_when_the_negative_list_prohibits_it(string form, string line)
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        await fixture.CompleteHandoverAsync("fgj", 1, EffectiveAt);
        fixture.Clock.Set(EffectiveAt.AddHours(9));
        var before = await CasesAsync(fixture);

        var refused = await Should.ThrowAsync<PlatformProblem>(() => fixture.SubmitAsync(ParkFixture.EnergyReview, form));

        refused.Status.ShouldBe(422);
        refused.Code.ShouldBe("empowerment.negative_list.prohibited");
        refused.Detail!.ShouldContain(line);
        (await CasesAsync(fixture)).ShouldBe(before);
    }

    [Theory]
    [InlineData("""{"项目名称":"年产十万吨炼油及配套工程"}""", "empowerment.entry.industry_code_required")]
    [InlineData("""{"industryCode":"炼油","项目名称":"恒泰新材料扩建项目"}""", "empowerment.entry.industry_code_invalid")]
    [InlineData("""{"industryCode":"A2511","项目名称":"恒泰新材料扩建项目"}""", "empowerment.entry.industry_code_invalid")]
    [InlineData("""{"industryCode":"9911","项目名称":"恒泰新材料扩建项目"}""", "empowerment.entry.industry_code_invalid")]
    public async Task Should_refuse_a_park_entry_application_without_a_valid_industry_code_and_record_nothing(string form, string code)
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var before = await CasesAsync(fixture);

        var refused = await Should.ThrowAsync<PlatformProblem>(() => fixture.SubmitAsync(EntryApplication, form));

        refused.Status.ShouldBe(422);
        refused.Code.ShouldBe(code);
        refused.Errors.Keys.ShouldBe(["form.industryCode"]);
        (await CasesAsync(fixture)).ShouldBe(before);
    }

    [Fact]
    public async Task Should_screen_a_park_entry_application_by_its_industry_code_and_not_by_a_listed_word_in_its_project_name()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));

        var admitted = await fixture.SubmitAsync(EntryApplication, """{"industryCode":"C3985","项目名称":"炼油装备配套电子元器件项目"}""");
        var refused = await Should.ThrowAsync<PlatformProblem>(() =>
            fixture.SubmitAsync(EntryApplication, """{"industryCode":"C3011","项目名称":"恒泰新型建材项目"}"""));

        admitted.HandlingUnitCode.ShouldBe(ParkFixture.ParkUnit);
        refused.Code.ShouldBe("empowerment.negative_list.prohibited");
        refused.Detail!.ShouldContain("新增水泥熟料产能");
    }

    [Fact]
    public async Task Should_take_in_an_investment_the_negative_list_does_not_name_when_the_park_handles_it()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        await fixture.CompleteHandoverAsync("fgj", 1, EffectiveAt);
        fixture.Clock.Set(EffectiveAt.AddHours(9));

        var submitted = await fixture.SubmitAsync(ParkFixture.EnergyReview, """{"industryCode":"3985","项目名称":"电子元器件生产线"}""");

        submitted.HandlingUnitCode.ShouldBe(ParkFixture.ParkUnit);
    }

    [Fact]
    public async Task Should_leave_the_screening_to_the_department_when_the_matter_is_not_yet_the_parks()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));

        var submitted = await fixture.SubmitAsync(ParkFixture.EnergyReview, """{"industryCode":"2511","项目名称":"炼油厂节能改造"}""");

        submitted.HandlingUnitCode.ShouldBe("fgj");
    }

    private static async Task<long> CasesAsync(ParkFixture fixture)
    {
        await using var connection = await fixture.Get<NpgsqlDataSource>().OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM cases.cases WHERE region_code = @region", new { region = ParkFixture.Region });
    }
}
