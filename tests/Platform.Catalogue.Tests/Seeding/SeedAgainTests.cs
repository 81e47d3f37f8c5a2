using Platform.Catalogue.Contracts;
using Platform.Catalogue.Exchange;
using Platform.Catalogue.Versions;

namespace Platform.Catalogue.Tests.Seeding;

[Collection(DemoHostCollection.Name)]
public sealed class SeedAgainTests(DemoHostFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Should_keep_an_admins_edit_and_add_only_new_matters_when_seeding_again()
    {
        var seeded = TestMatters.Valid();
        var added = TestMatters.Valid();
        var seeder = fixture.Host.Get<ICatalogueSeeder>();
        var admin = fixture.Host.Get<MatterAdmin>();
        (await seeder.SeedAsync(TestMatters.Region, CatalogueYaml.Write(new CatalogueDocument { Matters = [seeded] }), None)).ShouldBe(1);
        await admin.OpenDraftAsync(TestMatters.Region, seeded.Code, "admin", None);
        await admin.SaveDraftAsync(TestMatters.Region, seeded with { Name = "管理员改过的名称" }, "admin", None);
        await admin.PublishAsync(TestMatters.Region, seeded.Code, DateTimeOffset.UtcNow.AddSeconds(1), null, "admin", None);

        var again = await seeder.SeedAsync(TestMatters.Region,
            CatalogueYaml.Write(new CatalogueDocument { Matters = [seeded, added] }), None);

        again.ShouldBe(1);
        var current = await fixture.Host.Get<ICatalogue>().InForceAsync(TestMatters.Region, seeded.Code, DateTimeOffset.UtcNow.AddSeconds(5), None);
        current.ShouldNotBeNull().Definition.Name.ShouldBe("管理员改过的名称");
        (await admin.HistoryAsync(TestMatters.Region, seeded.Code, None)).Count.ShouldBe(2);
        (await fixture.Host.Get<ICatalogue>().InForceAsync(TestMatters.Region, added.Code, DateTimeOffset.UtcNow, None)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_refuse_a_seed_when_a_matter_breaks_a_rule()
    {
        var broken = TestMatters.Valid() with { Department = "nowhere" };

        var error = await Should.ThrowAsync<InvalidOperationException>(() => fixture.Host.Get<ICatalogueSeeder>()
            .SeedAsync(TestMatters.Region, CatalogueYaml.Write(new CatalogueDocument { Matters = [broken] }), None));

        error.Message.ShouldContain("department");
    }
}
