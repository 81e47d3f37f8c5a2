using Platform.Bundles.Contracts;
using Platform.Bundles.Domain;
using Platform.Catalogue.Contracts;

namespace Platform.Bundles.Tests.Domain;

/// <summary>What the members of one bundle owe each other: documents one issues, situations that make a material required, one form for all.</summary>
public sealed class ParallelMembersTests
{
    private static readonly BundleDefinition Bundle = new()
    {
        Code = "house", Name = "测试交房一件事", LeadUnit = "lead", CommittedTimeLimit = MatterTimeLimit.WorkingDays(1),
        Questions = [new SituationQuestion { Id = "rented", Text = "是否租赁？", Options = [new() { Value = "yes", Label = "是" }, new() { Value = "no", Label = "否" }] }],
        Members = [new BundleMember { MatterCode = "TAX" }, new BundleMember { MatterCode = "REG" }],
        MaterialRules = [new MaterialRule { Material = "租赁合同", When = new() { ["rented"] = ["yes"] } }],
        Fields =
        [
            new BundleField { Key = "buyer", Label = "买受人", Targets = [new() { MatterCode = "REG", Field = "权利人" }] },
            new BundleField { Key = "phone", Label = "联系电话", Required = false },
        ],
    };

    [Fact]
    public void Should_not_ask_the_applicant_for_a_document_when_a_parallel_member_issues_it()
    {
        var guidance = Guide(new() { ["rented"] = "no" }, Matter("TAX", ["税票"], Doc("买卖合同")), Matter("REG", [], Doc("买卖合同"), Doc("税票")));

        guidance.Materials.Select(m => m.Name).ShouldBe(["买卖合同"]);
        guidance.FromParallelMembers.ShouldBe([new ParallelMaterial("REG", "M02", "税票", "TAX", "事项TAX")]);
    }

    [Fact]
    public void Should_still_ask_the_issuing_member_for_its_own_earlier_copy_when_a_parallel_member_needs_the_new_one()
    {
        var certificate = new MaterialDefinition { Name = "不动产权证书", LicenceType = "不动产权证书", Source = MaterialSource.SharedELicence };

        var guidance = Guide(new() { ["rented"] = "no" }, Matter("TAX", [], certificate), Matter("REG", ["不动产权证书"], certificate));

        guidance.Materials.Single().UsedBy.Select(u => u.MatterCode).ShouldBe(["REG"]);
        guidance.FromParallelMembers.Single().MatterCode.ShouldBe("TAX");
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public void Should_require_a_conditional_material_exactly_when_its_situation_holds(string rented, bool required)
    {
        var lease = new MaterialDefinition { Name = "租赁合同", Requirement = MaterialRequirement.Conditional, Condition = "租赁的" };

        var guidance = Guide(new() { ["rented"] = rented }, Matter("TAX", []), Matter("REG", [], lease));

        guidance.Materials.Where(m => m.Name == "租赁合同").Select(m => m.Required).ShouldBe(required ? [true] : []);
        BundleResolver.SituationRequired(Bundle, new Dictionary<string, string> { ["rented"] = rented }, guidance, "REG")
            .ShouldBe(required ? ["M01"] : []);
    }

    [Fact]
    public void Should_give_every_member_every_field_filled_once_under_its_own_name_or_else_the_form_label()
    {
        var values = new Dictionary<string, string> { ["buyer"] = "张三", ["phone"] = "13800000000" };

        CombinedForm.For("REG", Bundle.Fields, values).ShouldBe(new Dictionary<string, string> { ["权利人"] = "张三", ["联系电话"] = "13800000000" });
        CombinedForm.For("TAX", Bundle.Fields, values).ShouldBe(new Dictionary<string, string> { ["买受人"] = "张三", ["联系电话"] = "13800000000" });
    }

    private static BundleGuidance Guide(Dictionary<string, string> answers, params MatterVersion[] matters) =>
        BundleResolver.Guide(new BundleVersion(Guid.NewGuid(), "430600", Bundle.Code, 1, VersionState.Published, DateTimeOffset.UnixEpoch, null, null,
            null, Bundle), answers, matters);

    private static MaterialDefinition Doc(string name) => new() { Name = name };

    private static MatterVersion Matter(string code, List<string> results, params MaterialDefinition[] materials) => new(Guid.NewGuid(), "430600", code,
        1, VersionState.Published, DateTimeOffset.UnixEpoch, null, null, null,
        new MatterDefinition { Code = code, Name = $"事项{code}", Department = "d", Results = results, Materials = [.. materials] });
}
