using Platform.Empowerment.Lists;
using Platform.Testing;

namespace Platform.Empowerment.Tests.Routing;

public sealed class ParkRoutingTests
{
    private static readonly DateTimeOffset EffectiveAt = TestClock.At(2026, 3, 30, 0);

    [Fact]
    public async Task Should_route_to_the_department_one_minute_before_and_to_the_park_with_its_seal_one_minute_after_the_effective_instant()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        await fixture.CompleteHandoverAsync("fgj", 1, EffectiveAt);

        fixture.Clock.Set(EffectiveAt.AddMinutes(-1));
        var before = await fixture.SubmitAsync(ParkFixture.EnergyReview);
        fixture.Clock.Set(EffectiveAt.AddMinutes(1));
        var after = await fixture.SubmitAsync(ParkFixture.EnergyReview);
        var decided = await fixture.ApproveAsync(after);

        before.HandlingUnitCode.ShouldBe("fgj");
        after.HandlingUnitCode.ShouldBe(ParkFixture.ParkUnit);
        decided.State.ShouldBe("Approved");
        decided.SealReference.ShouldBe(ParkFixture.SealOfPark);
        decided.CountersigningUnitCode.ShouldBeNull();
        decided.Timeline[0].Data.GetProperty("routing").GetString()!.ShouldContain("第一批赋权");
    }

    [Fact]
    public async Task Should_name_the_department_as_countersigner_when_another_body_requires_its_seal()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        await fixture.CompleteHandoverAsync("zjj", 1, EffectiveAt);
        fixture.Clock.Set(EffectiveAt.AddHours(1));

        var decided = await fixture.ApproveAsync(await fixture.SubmitAsync(ParkFixture.ConstructionPermit));

        decided.HandlingUnitCode.ShouldBe(ParkFixture.ParkUnit);
        decided.SealReference.ShouldBe(ParkFixture.SealOfPark);
        decided.CountersigningUnitCode.ShouldBe("zjj");
    }

    [Fact]
    public async Task Should_route_new_cases_back_to_the_department_and_leave_running_ones_with_the_park_when_revoked()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        await fixture.CompleteHandoverAsync("fgj", 1, EffectiveAt);
        fixture.Clock.Set(EffectiveAt.AddDays(1));
        var running = await fixture.SubmitAsync(ParkFixture.EnergyReview);
        var entry = (await EntriesAsync(fixture)).Single(e => e.MatterCode == ParkFixture.EnergyReview);

        fixture.Clock.Set(EffectiveAt.AddDays(2));
        await fixture.Get<RevokeEntry>().HandleAsync(ParkFixture.Region, entry.Id, "园区承接能力不足，收回赋权", "test", CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var afterRevoke = await fixture.SubmitAsync(ParkFixture.EnergyReview);

        afterRevoke.HandlingUnitCode.ShouldBe("fgj");
        (await fixture.Get<Cases.Contracts.ICaseReader>().GetAsync(running.Id, CancellationToken.None))!.HandlingUnitCode.ShouldBe(ParkFixture.ParkUnit);
    }

    [Fact]
    public async Task Should_leave_matters_of_a_department_whose_handover_is_not_complete_with_the_department()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        await fixture.SignAsync("fgj", 1);
        fixture.Clock.Set(EffectiveAt.AddDays(1));

        (await fixture.SubmitAsync(ParkFixture.EnergyReview)).HandlingUnitCode.ShouldBe("fgj");
    }

    private static async Task<IReadOnlyList<EntryRow>> EntriesAsync(ParkFixture fixture)
    {
        await using var connection = await fixture.Get<Npgsql.NpgsqlDataSource>().OpenConnectionAsync();
        return (await EntryStore.PageAsync(connection, ParkFixture.Region, null, 1, 100)).Items;
    }
}
