using Microsoft.Playwright;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Exchange.Xlsx;

namespace Platform.Browser.Tests;

/// <summary>The region admin imports a catalogue workbook on the import page and reads each bad row's error.</summary>
public sealed class CatalogueImportTests
{
    [Fact]
    public async Task Should_import_the_good_matters_and_show_the_bad_rows_error_when_a_workbook_has_one_bad_row()
    {
        await using var session = await BrowserSession.OpenAsync();
        var workbook = Path.Combine(Path.GetTempPath(), $"catalogue-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(workbook, CatalogueWorkbook.Write(
        [
            Matter("900000000001", "导入测试：户外广告设置许可", "zjj"),
            Matter("900000000002", "导入测试：错误的实施主体", "nowhere"),
            Matter("900000000003", "导入测试：临时占用道路许可", "zrzy"),
        ]));

        await session.RunAsync(nameof(Should_import_the_good_matters_and_show_the_bad_rows_error_when_a_workbook_has_one_bad_row), async page =>
        {
            await session.SignInAsync("440784-admin");
            await page.GetByRole(AriaRole.Link, new() { Name = "事项目录管理" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "导入事项" }).ClickAsync();
            await page.GetByLabel("目录文件").SetInputFilesAsync(workbook);
            await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();

            var state = page.Locator("[data-testid=import-state]");
            await Assertions.Expect(state).ToContainTextAsync("已完成", new() { Timeout = 60_000 });
            (await page.Locator("[data-testid=import-count]").InnerTextAsync()).ShouldStartWith("2 个事项");
            var error = page.Locator("table.import-errors tbody tr");
            (await error.CountAsync()).ShouldBe(1);
            var cells = await error.Locator("td").AllInnerTextsAsync();
            cells.ShouldBe(["事项", "第 3 行", "F 列（实施主体编码(dept)）", "实施主体“nowhere”不是本地区的组织机构"]);

            await page.GetByRole(AriaRole.Link, new() { Name = "返回事项目录" }).ClickAsync();
            await page.GetByLabel("关键词").FillAsync("导入测试");
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            var list = await page.Locator("table.matters").InnerTextAsync();
            list.ShouldContain("导入测试：户外广告设置许可");
            list.ShouldContain("导入测试：临时占用道路许可");
            list.ShouldNotContain("导入测试：错误的实施主体");
        });
        File.Delete(workbook);
    }

    private static MatterDefinition Matter(string catalogCode, string name, string department) => new()
    {
        CatalogCode = catalogCode,
        Code = "11440784MB0000011X" + catalogCode,
        Name = name,
        Type = MatterType.AdministrativeLicence,
        Department = department,
        LegalTimeLimit = MatterTimeLimit.WorkingDays(20),
        CommittedTimeLimit = MatterTimeLimit.WorkingDays(5),
        Conditions = ["申请人依法设立"],
        Materials = [new MaterialDefinition { Name = "申请表" }],
        DeliveryMethods = [DeliveryMethod.Window],
        LegalBasis = ["《中华人民共和国行政许可法》"],
    };
}
