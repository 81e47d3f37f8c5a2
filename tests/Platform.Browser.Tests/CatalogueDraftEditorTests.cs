using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>The region admin edits every part of a matter through the pages only, and the public guide shows it once published.</summary>
public sealed class CatalogueDraftEditorTests
{
    private const string LandPlanningPermit = "11440784MB0000011X000172001000";

    [Fact]
    public async Task Should_publish_materials_conditions_fee_legal_basis_and_unit_edited_on_the_page_when_the_admin_fixes_the_error_shown()
    {
        await using var session = await BrowserSession.OpenAsync();
        var today = Platform.Kernel.Time.BusinessTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");

        await session.RunAsync(nameof(Should_publish_materials_conditions_fee_legal_basis_and_unit_edited_on_the_page_when_the_admin_fixes_the_error_shown),
            async page =>
            {
                await session.SignInAsync("440784-admin");
                await page.GetByRole(AriaRole.Link, new() { Name = "事项目录管理" }).ClickAsync();
                await page.GetByLabel("关键词").FillAsync("建设用地规划许可证核发");
                await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = "建设用地规划许可证核发", Exact = true }).ClickAsync();

                var names = page.Locator("input[name^='Form.Materials['][name$='].Name']");
                var before = await names.CountAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "添加材料" }).ClickAsync();
                await names.Nth(before).WaitForAsync();
                await names.Nth(before).FillAsync("建设工程总平面图");
                await page.Locator($"input[name='Form.Materials[{before}].Core']").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = $"材料 {before + 1} 上移" }).ClickAsync();
                (await names.Nth(before - 1).InputValueAsync()).ShouldBe("建设工程总平面图");
                (await page.Locator($"input[name='Form.Materials[{before - 1}].Core']").IsCheckedAsync()).ShouldBeTrue();

                await Append(page.Locator("textarea[name='Form.Conditions']"), "已缴清土地出让价款");
                await Append(page.Locator("textarea[name='Form.LegalBasis']"), "《广东省城乡规划条例》第三十条");
                await page.GetByLabel("实施主体").SelectOptionAsync(new SelectOptionValue { Label = "鹤山市住房城乡建设局" });
                await page.GetByRole(AriaRole.Button, new() { Name = "添加收费项目" }).ClickAsync();
                await page.Locator("input[name='Form.Fees[0].Name']").FillAsync("规划许可证工本费");
                await page.Locator("input[name='Form.Fees[0].Standard']").FillAsync("每证 10 元");
                await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).First.ClickAsync();

                var basisError = page.Locator("label:has(input[name='Form.Fees[0].Basis']) .field-error");
                (await basisError.InnerTextAsync()).ShouldBe("收费项目须写明收费依据");
                (await names.Nth(before - 1).InputValueAsync()).ShouldBe("建设工程总平面图");
                (await page.Locator("textarea[name='Form.Conditions']").InputValueAsync()).ShouldContain("已缴清土地出让价款");
                (await page.Locator("input[name='Form.Fees[0].Standard']").InputValueAsync()).ShouldBe("每证 10 元");

                await page.Locator("input[name='Form.Fees[0].Basis']").FillAsync("《广东省行政事业性收费项目目录》");
                await page.Locator("input[name='Form.ValidFrom']").FillAsync(today);
                await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
                (await page.Locator("p.notice-ok[role=status]").InnerTextAsync()).ShouldContain("已发布");

                await page.GotoAsync($"/regions/440784/matters/{LandPlanningPermit}");
                var guide = await page.Locator("main").InnerTextAsync();
                guide.ShouldContain("已缴清土地出让价款");
                guide.ShouldContain("《广东省城乡规划条例》第三十条");
                guide.ShouldContain("规划许可证工本费：每证 10 元");
                guide.ShouldContain("鹤山市住房城乡建设局");
                var row = page.Locator("table.materials tr", new() { HasText = "建设工程总平面图" });
                (await row.InnerTextAsync()).ShouldContain("核心");
                (await row.Locator("td").First.InnerTextAsync()).ShouldBe(before.ToString());
            });
    }

    [Fact]
    public async Task Should_name_fields_units_and_publishers_in_chinese_when_the_admin_compares_versions()
    {
        await using var session = await BrowserSession.OpenAsync();
        var today = Platform.Kernel.Time.BusinessTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");

        await session.RunAsync(nameof(Should_name_fields_units_and_publishers_in_chinese_when_the_admin_compares_versions), async page =>
        {
            await session.SignInAsync("440784-admin");
            await page.GotoAsync($"/admin/regions/440784/matters/{LandPlanningPermit}");
            await page.Locator("input[name='Form.CommittedAmount']").FillAsync("2");
            await page.GetByLabel("实施主体").SelectOptionAsync(new SelectOptionValue { Label = "鹤山市住房城乡建设局" });
            await page.Locator("input[name='Form.ValidFrom']").FillAsync(today);
            await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
            await page.Locator("p.notice-ok[role=status]").WaitForAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "版本历史与比较" }).ClickAsync();
            await page.Locator("input[name=from]").FillAsync("1");
            await page.Locator("input[name=to]").FillAsync("2");
            await page.GetByRole(AriaRole.Button, new() { Name = "比较" }).ClickAsync();

            var text = await page.Locator("main").InnerTextAsync();
            text.ShouldContain("初始数据");
            text.ShouldNotContain("seed:");
            var diff = await page.Locator("table.diff").InnerTextAsync();
            diff.ShouldContain("承诺时限");
            diff.ShouldContain("鹤山市住房城乡建设局");
            diff.ShouldContain("鹤山市自然资源局");
            diff.ShouldNotContain("committedTimeLimit");
            diff.ShouldNotContain("zjj");
        });
    }

    private static async Task Append(ILocator textarea, string line) =>
        await textarea.FillAsync((await textarea.InputValueAsync()).TrimEnd() + "\n" + line);
}
