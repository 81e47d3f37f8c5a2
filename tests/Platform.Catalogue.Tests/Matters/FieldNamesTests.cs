using Platform.Catalogue.Matters;
using Platform.Catalogue.Versions;

namespace Platform.Catalogue.Tests.Matters;

public sealed class FieldNamesTests
{
    [Theory]
    [InlineData("committedTimeLimit.amount", "承诺时限")]
    [InlineData("legalTimeLimit.unit", "法定时限 · 时限单位")]
    [InlineData("materials[1].core", "申请材料第 2 项 · 核心材料")]
    [InlineData("conditions[0]", "受理条件第 1 条")]
    [InlineData("specialProcedures[0].limit.amount", "特别程序第 1 项 · 时限")]
    [InlineData("name", "事项名称")]
    public void Should_name_a_field_in_chinese_when_a_rule_or_a_difference_reports_its_path(string path, string name) =>
        FieldNames.Of(path).ShouldBe(name);

    [Fact]
    public void Should_leave_no_field_path_in_english_when_every_field_of_a_full_definition_is_named()
    {
        var paths = VersionDiff.Flatten(TestMatters.Valid()).Keys
            .Concat(VersionDiff.Flatten(TestMatters.Valid() with { DelegatingBody = "委托", PowerSource = "法定本级行使" }).Keys)
            .Distinct();

        paths.Select(FieldNames.Of).ShouldAllBe(name => !name.Any(char.IsAsciiLetter));
    }

    [Theory]
    [InlineData("committedTimeLimit.unit", "WorkingDays", "个工作日")]
    [InlineData("materials[0].form", "Original", "原件")]
    [InlineData("deliveryMethods[1]", "Courier", "快递送达")]
    [InlineData("zeroVisit", "false", "否")]
    [InlineData("department", "zjj", "鹤山市住房城乡建设局")]
    [InlineData("legalTimeLimit", null, "—")]
    public void Should_show_a_value_by_its_name_when_a_difference_holds_a_code(string path, string? value, string shown) =>
        FieldValues.Of(path, value, code => code == "zjj" ? "鹤山市住房城乡建设局" : code).ShouldBe(shown);
}
