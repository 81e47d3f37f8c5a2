using Platform.Bundles.Contracts;
using Platform.Bundles.Definitions;
using Platform.Bundles.Domain;
using Platform.Catalogue.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Tests.Domain;

/// <summary>Bundle resolution as plain logic: which matters, which materials once, which fields for whom.</summary>
public sealed class BundleResolverTests
{
    private static readonly BundleDefinition Bundle = new()
    {
        Code = "test", Name = "测试一件事", LeadUnit = "lead", CommittedTimeLimit = MatterTimeLimit.WorkingDays(2),
        Questions = [new SituationQuestion { Id = "seal", Text = "是否刻章？", Options = [new() { Value = "yes", Label = "是" }, new() { Value = "no", Label = "否" }] }],
        Members = [new BundleMember { MatterCode = "A" }, new BundleMember { MatterCode = "B" }, new BundleMember { MatterCode = "C", When = new() { ["seal"] = ["yes"] } }],
        MaterialRules = [new MaterialRule { Material = "租赁合同", When = new() { ["seal"] = ["yes"] } }],
        Fields =
        [
            new BundleField { Key = "name", Label = "企业名称", Targets = [new() { MatterCode = "A", Field = "企业名称" }, new() { MatterCode = "B", Field = "单位名称" }, new() { MatterCode = "C", Field = "纳税人名称" }] },
            new BundleField { Key = "seal", Label = "印章样式", Required = false, Targets = [new() { MatterCode = "C", Field = "印模" }] },
        ],
    };

    [Fact]
    public void Should_merge_materials_by_licence_type_and_by_name_when_matters_share_them()
    {
        var answers = new Dictionary<string, string> { ["seal"] = "yes" };
        var guidance = BundleResolver.Guide(Version(), answers, [Matter("A", Id("身份证"), Doc("章程")), Matter("B", Id("居民身份证件"), Doc("章程", core: true)),
            Matter("C", Doc("租赁合同"), Id("身份证"))]);

        guidance.Materials.Select(m => m.Name).ShouldBe(["身份证", "章程", "租赁合同"]);
        guidance.Materials[0].UsedBy.Select(u => $"{u.MatterCode}:{u.MaterialCode}").ShouldBe(["A:M01", "B:M01", "C:M02"]);
        guidance.Materials[1].Core.ShouldBeTrue();
        guidance.Materials[1].UsedBy.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_leave_out_the_matter_its_material_and_its_fields_when_the_answer_excludes_them()
    {
        var answers = new Dictionary<string, string> { ["seal"] = "no" };
        BundleResolver.SelectMatters(Bundle, answers).ShouldBe(["A", "B"]);

        var guidance = BundleResolver.Guide(Version(), answers, [Matter("A", Doc("租赁合同")), Matter("B")]);

        guidance.Materials.ShouldBeEmpty();
        guidance.Fields.Select(f => f.Key).ShouldBe(["name"]);
        guidance.Fields[0].Targets.Select(t => t.MatterCode).ShouldBe(["A", "B"]);
    }

    [Fact]
    public void Should_copy_one_value_to_each_matters_own_field_name_when_three_matters_share_a_field()
    {
        var values = new Dictionary<string, string> { ["name"] = " 湘企科技 " };

        CombinedForm.For("A", Bundle.Fields, values).ShouldBe(new Dictionary<string, string> { ["企业名称"] = "湘企科技" });
        CombinedForm.For("B", Bundle.Fields, values).ShouldBe(new Dictionary<string, string> { ["单位名称"] = "湘企科技" });
        CombinedForm.For("C", Bundle.Fields, values).ShouldBe(new Dictionary<string, string> { ["纳税人名称"] = "湘企科技" });
    }

    [Theory]
    [InlineData(null, "bundle.answer.missing")]
    [InlineData("maybe", "bundle.answer.not_an_option")]
    public void Should_name_the_question_when_an_answer_is_missing_or_not_an_option(string? answer, string code)
    {
        var answers = answer is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["seal"] = answer };

        var problem = Should.Throw<PlatformProblem>(() => BundleResolver.CheckAnswers(Bundle, answers));

        problem.Code.ShouldBe(code);
        problem.Errors.Keys.ShouldBe(["answers.seal"]);
    }

    [Fact]
    public void Should_name_each_broken_rule_when_a_definition_refers_to_unknown_questions_units_and_matters()
    {
        var broken = Bundle with
        {
            LeadUnit = "nowhere",
            Members = [.. Bundle.Members, new BundleMember { MatterCode = "D", When = new() { ["colour"] = ["red"] } }],
            Fields = [new BundleField { Key = "x", Label = "X", Targets = [new() { MatterCode = "Z", Field = "x" }] }],
        };

        var errors = BundleRules.Check(broken, new HashSet<string> { "lead" });

        errors.Keys.ShouldBe(["leadUnit", "members[3].when", "fields[0].targets"], ignoreOrder: true);
    }

    [Fact]
    public void Should_name_repeated_question_ids_option_values_and_null_parts_when_a_definition_has_them()
    {
        var question = Bundle.Questions[0];
        var repeated = Bundle with
        {
            Questions = [question, question with { Options = [.. question.Options, question.Options[0]] }],
            MaterialRules = [new MaterialRule { Material = null! }],
        };

        BundleRules.Check(repeated, new HashSet<string> { "lead" }).Keys.ShouldBe(["materialRules[0]"]);
        BundleRules.Check(repeated with { MaterialRules = [] }, new HashSet<string> { "lead" }).Keys
            .ShouldBe(["questions", "questions[1].options"], ignoreOrder: true);
    }

    private static BundleVersion Version() => new(Guid.NewGuid(), "430600", Bundle.Code, 1, VersionState.Published, DateTimeOffset.UnixEpoch, null, null, null, Bundle);

    private static MaterialDefinition Id(string name) => new() { Name = name, Source = MaterialSource.SharedELicence, LicenceType = "居民身份证" };

    private static MaterialDefinition Doc(string name, bool core = false) => new() { Name = name, Core = core };

    private static MatterVersion Matter(string code, params MaterialDefinition[] materials) => new(Guid.NewGuid(), "430600", code, 1,
        VersionState.Published, DateTimeOffset.UnixEpoch, null, null, null, new MatterDefinition { Code = code, Name = $"事项{code}", Department = "d", Materials = [.. materials] });
}
