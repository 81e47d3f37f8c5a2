using Dapper;
using Npgsql;
using Platform.Kernel.Errors;
using Platform.Testing;

namespace Platform.Empowerment.Tests.Routing;

public sealed class ParkEntryScreenTests
{
    private static readonly DateTimeOffset EffectiveAt = TestClock.At(2026, 3, 30, 0);

    [Theory]
    [InlineData("""{"industryCode":"2511","项目名称":"恒泰新材料扩建项目"}""")]
    [InlineData("""{"项目名称":"年产十万吨炼油及配套工程"}""")]
    public async Task Should_refuse_an_application_to_the_park_and_record_nothing_when_the_negative_list_prohibits_it(string form)
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        await fixture.CompleteHandoverAsync("fgj", 1, EffectiveAt);
        fixture.Clock.Set(EffectiveAt.AddHours(9));
        var before = await CasesAsync(fixture);

        var refused = await Should.ThrowAsync<PlatformProblem>(() => fixture.SubmitAsync(ParkFixture.EnergyReview, form));

        refused.Status.ShouldBe(422);
        refused.Code.ShouldBe("empowerment.negative_list.prohibited");
        refused.Detail!.ShouldContain("新建、扩建炼油及石油加工项目");
        (await CasesAsync(fixture)).ShouldBe(before);
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
