using Dapper;
using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Exchange;
using Platform.Catalogue.Exchange.Xlsx;
using Platform.Catalogue.Matters;

namespace Platform.Catalogue.Tests.Exchange;

[Collection(DemoHostCollection.Name)]
public sealed class ExchangeTests(DemoHostFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public void Should_lose_nothing_when_a_catalogue_goes_through_yaml_and_back()
    {
        var matters = new List<MatterDefinition> { TestMatters.Valid(), TestMatters.Valid() with { LegalTimeLimit = null, HandleItemCode = null } };

        var back = CatalogueYaml.Read(CatalogueYaml.Write(new CatalogueDocument { Matters = matters }), "test").Matters;

        back.Select(CatalogueJson.Write).ShouldBe(matters.Select(CatalogueJson.Write));
    }

    [Fact]
    public void Should_lose_nothing_when_a_catalogue_goes_through_xlsx_and_back()
    {
        var matters = new List<MatterDefinition> { TestMatters.Valid(), TestMatters.Valid() with { LegalTimeLimit = null, Fees = [] } };

        var (back, errors) = CatalogueWorkbook.Read(new MemoryStream(CatalogueWorkbook.Write(matters)));

        errors.ShouldBeEmpty();
        back.Select(m => CatalogueJson.Write(m.Definition)).ShouldBe(matters.Select(CatalogueJson.Write));
    }

    [Fact]
    public async Task Should_lose_nothing_when_a_seeded_region_is_exported_and_imported_into_another()
    {
        var exchange = fixture.Host.Get<CatalogueExchange>();
        var yaml = await exchange.ExportYamlAsync("210300", None);
        var xlsx = await exchange.ExportXlsxAsync("210300", None);
        var exported = CatalogueYaml.Read(yaml, "export").Matters;

        var (fromXlsx, errors) = CatalogueWorkbook.Read(new MemoryStream(xlsx));

        var published = await fixture.Host.Get<ICatalogue>().SearchPublishedAsync("210300", new MatterQuery(PageSize: MatterQuery.MaxPageSize), None);
        exported.Count.ShouldBe(published.Total);
        exported.Count.ShouldBeGreaterThan(0);
        errors.ShouldBeEmpty();
        fromXlsx.Select(m => CatalogueJson.Write(m.Definition)).ShouldBe(exported.Select(CatalogueJson.Write));
    }

    [Fact]
    public async Task Should_write_nothing_and_list_every_error_with_sheet_row_and_column_when_an_import_has_errors()
    {
        var good = TestMatters.Valid();
        var bad = TestMatters.Valid() with { Department = "nowhere", CommittedTimeLimit = MatterTimeLimit.WorkingDays(30) };
        var badMaterial = TestMatters.Valid() with { Materials = [.. TestMatters.Valid().Materials.Select((m, i) => i == 1 ? m with { Issuer = null } : m)] };
        var workbook = CatalogueWorkbook.Write([good, bad, badMaterial]);

        var job = await ImportAsync("xlsx", workbook);

        job.State.ShouldBe("Failed");
        job.Errors.Select(e => (e.Sheet, e.Row, e.Column)).ShouldBe(
            [("事项", 3, "F"), ("事项", 3, "L"), ("材料", 11, "K")], ignoreOrder: true);
        job.Errors.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Rule));
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        (await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM catalogue.matters WHERE code = ANY(@codes)",
            new { codes = new[] { good.Code, bad.Code, badMaterial.Code } })).ShouldBe(0);
    }

    [Fact]
    public async Task Should_write_the_other_matters_and_list_the_skipped_rows_when_an_import_skips_matters_in_error()
    {
        var good = TestMatters.Valid();
        var bad = TestMatters.Valid() with { Department = "nowhere" };
        var badMaterial = TestMatters.Valid() with { Materials = [.. TestMatters.Valid().Materials.Select((m, i) => i == 1 ? m with { Issuer = null } : m)] };

        var job = await ImportAsync("xlsx", CatalogueWorkbook.Write([good, bad, badMaterial]), skipInvalid: true);

        job.State.ShouldBe("Completed");
        job.Imported.ShouldBe(1);
        job.Errors.Select(e => (e.Sheet, e.Row, e.Column)).ShouldBe([("事项", 3, "F"), ("材料", 11, "K")], ignoreOrder: true);
        (await MatterCountAsync(good.Code)).ShouldBe(1);
        (await MatterCountAsync(bad.Code, badMaterial.Code)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_write_nothing_when_an_import_that_skips_matters_in_error_misses_a_column()
    {
        var matter = TestMatters.Valid();
        var sheets = XlsxFile.Read(new MemoryStream(CatalogueWorkbook.Write([matter])));
        sheets["事项"][0][3] = "名称";
        var edited = XlsxFile.Write([.. sheets.Select(s => new SheetTable(s.Key, [.. s.Value[0].Select(h => h ?? "")], s.Value.Skip(1).ToList()))]);

        var job = await ImportAsync("xlsx", edited, skipInvalid: true);

        job.State.ShouldBe("Failed");
        job.Errors.ShouldContain(e => e.Row == 1 && e.Rule.Contains("事项名称"));
        (await MatterCountAsync(matter.Code)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_report_unreadable_cells_when_a_spreadsheet_has_bad_values()
    {
        var workbook = CatalogueWorkbook.Write([TestMatters.Valid()]);
        var sheets = XlsxFile.Read(new MemoryStream(workbook));
        var matterRow = sheets["事项"][1];
        matterRow[4] = "许可证";
        matterRow[11] = "三";
        var edited = XlsxFile.Write([.. sheets.Select(s => new SheetTable(s.Key, [.. s.Value[0].Select(h => h ?? "")], s.Value.Skip(1).ToList()))]);

        var job = await ImportAsync("xlsx", edited);

        job.Errors.Select(e => (e.Sheet, e.Row, e.Column)).ShouldBe([("事项", 2, "E"), ("事项", 2, "L")], ignoreOrder: true, string.Join("; ", job.Errors));
    }

    [Fact]
    public async Task Should_write_drafts_and_finish_the_job_when_an_import_is_valid()
    {
        var matters = new[] { TestMatters.Valid(), TestMatters.Valid() };
        var yaml = CatalogueYaml.Write(new CatalogueDocument { Matters = [.. matters] });

        var job = await ImportAsync("yaml", System.Text.Encoding.UTF8.GetBytes(yaml));

        job.State.ShouldBe("Completed");
        job.Processed.ShouldBe(job.Total);
        job.Total.ShouldBe(4);
        var admin = fixture.Host.Get<Platform.Catalogue.Versions.MatterAdmin>();
        (await admin.HistoryAsync(TestMatters.Region, matters[0].Code, None)).Single().State.ShouldBe(VersionState.Draft);
    }

    [Fact]
    public async Task Should_finish_an_acknowledged_import_once_when_its_host_stopped_before_running_it()
    {
        var matter = TestMatters.Valid();
        var yaml = CatalogueYaml.Write(new CatalogueDocument { Matters = [matter] });
        var jobs = fixture.Host.Get<ImportJobs>();
        var id = await jobs.StartAsync(TestMatters.Region, "yaml", "admin", System.Text.Encoding.UTF8.GetBytes(yaml), skipInvalid: false, None);

        await fixture.Host.Get<ImportResumeJob>().RunAsync(None);
        await fixture.Host.Get<ImportResumeJob>().RunAsync(None);

        (await jobs.FindAsync(TestMatters.Region, id, None))!.State.ShouldBe("Completed");
        var admin = fixture.Host.Get<Platform.Catalogue.Versions.MatterAdmin>();
        (await admin.HistoryAsync(TestMatters.Region, matter.Code, None)).Single().State.ShouldBe(VersionState.Draft);
        await using var connection = await fixture.Host.Get<NpgsqlDataSource>().OpenConnectionAsync();
        (await connection.ExecuteScalarAsync<bool>("SELECT content IS NULL FROM catalogue.import_jobs WHERE id = @id", new { id })).ShouldBeTrue();
    }

    private async Task<int> MatterCountAsync(params string[] codes)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM catalogue.matters WHERE code = ANY(@codes)", new { codes });
    }

    private async Task<ImportJob> ImportAsync(string format, byte[] content, bool skipInvalid = false)
    {
        var jobs = fixture.Host.Get<ImportJobs>();
        var id = await jobs.StartAsync(TestMatters.Region, format, "admin", content, skipInvalid, None);
        await fixture.Host.Get<ImportRunner>().RunAsync(id, None);
        return (await jobs.FindAsync(TestMatters.Region, id, None))!;
    }
}
