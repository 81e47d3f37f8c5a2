using Platform.Testing;

namespace Platform.Empowerment.Tests.Routing;

/// <summary>Empowerment is for the park's area and its enterprises: applications from outside stay with the department.</summary>
public sealed class ParkAreaRoutingTests
{
    private static readonly DateTimeOffset EffectiveAt = TestClock.At(2026, 3, 30, 0);

    [Fact]
    public async Task Should_route_a_park_enterprises_application_to_the_park_and_an_outside_enterprises_to_the_department()
    {
        await using var fixture = await EffectiveAsync();

        var park = await fixture.SubmitAsync(ParkFixture.EnergyReview, """{"项目名称":"恒泰新材料厂房"}""", ParkFixture.ParkEnterprise);
        var outside = await fixture.SubmitAsync(ParkFixture.EnergyReview, """{"项目名称":"城区商业综合体"}""", ParkFixture.OutsideEnterprise);

        park.HandlingUnitCode.ShouldBe(ParkFixture.ParkUnit);
        park.SealReference.ShouldBeNull();
        outside.HandlingUnitCode.ShouldBe("fgj");
        outside.Timeline[0].Data.TryGetProperty("routing", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("430682101001GB00011", ParkFixture.ParkUnit)]
    [InlineData(" 430682101002gb00021 ", ParkFixture.ParkUnit)]
    [InlineData("430682999001GB00001", "fgj")]
    public async Task Should_route_an_outside_enterprises_project_by_whether_its_parcel_lies_in_the_park(string parcel, string unit)
    {
        await using var fixture = await EffectiveAsync();

        var submitted = await fixture.SubmitAsync(ParkFixture.EnergyReview, $$"""{"项目名称":"新建厂房","projectSite":"{{parcel}}"}""",
            ParkFixture.OutsideEnterprise);

        submitted.HandlingUnitCode.ShouldBe(unit);
    }

    [Fact]
    public async Task Should_not_screen_an_outside_application_against_the_parks_negative_list()
    {
        await using var fixture = await EffectiveAsync();

        var outside = await fixture.SubmitAsync(ParkFixture.EnergyReview, """{"industryCode":"2511","项目名称":"炼油厂节能改造"}""",
            ParkFixture.OutsideEnterprise);

        outside.HandlingUnitCode.ShouldBe("fgj");
    }

    private static async Task<ParkFixture> EffectiveAsync()
    {
        var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        await fixture.CompleteHandoverAsync("fgj", 1, EffectiveAt);
        fixture.Clock.Set(EffectiveAt.AddHours(9));
        return fixture;
    }
}
