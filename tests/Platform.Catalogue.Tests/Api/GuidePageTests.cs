using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Catalogue.Tests.Api;

[Collection(DemoHostCollection.Name)]
public sealed class GuidePageTests(DemoHostFixture fixture)
{
    [Fact]
    public async Task Should_render_the_list_and_a_printable_guide_with_working_days_and_flow_chart_when_an_applicant_browses()
    {
        var list = await fixture.Host.Http.GetStringAsync("/regions/440784/matters?q=施工许可");
        var page = await fixture.Host.Http.GetFromJsonAsync<JsonElement>("/api/v1/regions/440784/matters?q=建筑工程施工许可证核发");
        var code = page.GetProperty("items")[0].GetProperty("code").GetString();

        var guide = await fixture.Host.Http.GetStringAsync($"/regions/440784/matters/{code}");

        list.ShouldContain("建筑工程施工许可证核发");
        guide.ShouldContain("建筑工程施工许可证核发 办事指南");
        guide.ShouldContain("1个工作日");
        guide.ShouldContain("7个工作日");
        guide.ShouldContain("<svg");
        guide.ShouldContain("鹤山市住房城乡建设局");
    }

    [Fact]
    public async Task Should_answer_400_naming_the_parameter_when_a_page_is_larger_than_100()
    {
        var response = await fixture.Host.Http.GetAsync("/api/v1/regions/440784/matters?pageSize=101");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("pageSize");
    }

    [Fact]
    public async Task Should_answer_404_when_a_matter_code_is_unknown()
    {
        var response = await fixture.Host.Http.GetAsync("/api/v1/regions/440784/matters/none");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
