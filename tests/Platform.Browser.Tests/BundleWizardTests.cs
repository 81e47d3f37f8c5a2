using System.Text;
using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class BundleWizardTests
{
    [Fact]
    public async Task Should_create_one_bundle_case_with_its_member_cases_when_an_applicant_walks_the_enterprise_opening_wizard()
    {
        await using var session = await BrowserSession.OpenAsync();

        await session.RunAsync(nameof(Should_create_one_bundle_case_with_its_member_cases_when_an_applicant_walks_the_enterprise_opening_wizard), async page =>
        {
            await page.GotoAsync("/signin");
            await page.Locator("#kind").SelectOptionAsync("applicant");
            await page.GetByLabel("账号", new() { Exact = true }).FillAsync("13943060001");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@123456");
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/signin"));

            await page.GotoAsync("/bundles?region=430600");
            await page.Locator("[data-testid=bundle-qykb]").ClickAsync();
            await page.GetByLabel("需要", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("暂不招用", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("未登记（如租赁厂房、集体土地房屋）").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "查看办理清单" }).ClickAsync();

            var matters = await page.Locator("[data-testid=matter-list] tbody tr td:first-child").AllInnerTextsAsync();
            matters.ShouldBe(["企业设立登记", "公章刻制备案", "发票申领"]);
            var materials = await page.Locator("[data-testid=material-list] tbody tr td:first-child").AllInnerTextsAsync();
            materials.ShouldBeUnique();
            materials.ShouldContain("住所使用证明");
            materials.Count(m => m == "申请人身份证").ShouldBe(1);

            await page.GetByLabel("企业名称").FillAsync("岳阳市湘企科技有限公司");
            await page.GetByLabel("法定代表人").FillAsync("李明");
            await page.GetByLabel("企业住所").FillAsync("岳阳市岳阳楼区金鹗中路 100 号");
            await page.GetByLabel("注册资本（万元）").FillAsync("500");
            for (var i = 0; i < materials.Count; i++)
                await page.Locator($"#file-{i}").SetInputFilesAsync(new FilePayload
                {
                    Name = $"{materials[i]}.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes($"%PDF-1.7 {materials[i]}"),
                });
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

            await page.WaitForURLAsync("**/bundle-cases/*");
            (await page.Locator("[data-testid=bundle-state]").InnerTextAsync()).ShouldBe("待受理");
            (await page.Locator("[data-testid=bundle-members] tbody tr").CountAsync()).ShouldBe(3);
        });
    }

    [Fact]
    public async Task Should_mark_the_premises_proof_required_when_the_applicant_answers_that_the_premises_are_not_registered()
    {
        await using var session = await BrowserSession.OpenAsync();

        await session.RunAsync(nameof(Should_mark_the_premises_proof_required_when_the_applicant_answers_that_the_premises_are_not_registered), async page =>
        {
            await page.GotoAsync("/signin");
            await page.Locator("#kind").SelectOptionAsync("applicant");
            await page.GetByLabel("账号", new() { Exact = true }).FillAsync("13943060001");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@123456");
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/signin"));

            await page.GotoAsync("/bundles/430600/qykb");
            await page.GetByLabel("暂不需要", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("暂不招用", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("未登记（如租赁厂房、集体土地房屋）").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "查看办理清单" }).ClickAsync();

            var row = page.Locator("[data-testid=material-list] tbody tr", new() { HasText = "住所使用证明" });
            (await row.Locator("td").Nth(1).InnerTextAsync()).ShouldBe("必要");
        });
    }
}
