using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Validation;

namespace Platform.Catalogue.Tests.Validation;

public sealed class MatterRulesTests
{
    private static readonly IReadOnlySet<string> Units = new HashSet<string> { "zrzy", "zjj" };

    public static TheoryData<string, string, Func<MatterDefinition, MatterDefinition>> BrokenRules() => new()
    {
        { "catalogue.code.catalog_format", "catalogCode", m => m with { CatalogCode = "12345" } },
        { "catalogue.code.task_format", "code", m => m with { Code = "bad-code" } },
        { "catalogue.code.task_mismatch", "code", m => m with { Code = TestMatters.CreditCode + "000000000001" } },
        { "catalogue.code.handle_item_format", "handleItemCode", m => m with { HandleItemCode = m.Code + "1" } },
        { "catalogue.field.required", "name", m => m with { Name = " " } },
        { "catalogue.field.too_long", "name", m => m with { Name = new string('事', 101) } },
        { "catalogue.type.unknown", "type", m => m with { Type = (MatterType)99 } },
        { "catalogue.department.unknown", "department", m => m with { Department = "nowhere" } },
        { "catalogue.time_limit.committed_exceeds_legal", "committedTimeLimit.amount", m => m with { CommittedTimeLimit = MatterTimeLimit.WorkingDays(16) } },
        { "catalogue.time_limit.out_of_range", "legalTimeLimit.amount", m => m with { LegalTimeLimit = MatterTimeLimit.WorkingDays(0) } },
        { "catalogue.time_limit.out_of_range", "committedTimeLimit.amount", m => m with { CommittedTimeLimit = MatterTimeLimit.WorkingDays(-1) } },
        { "catalogue.time_limit.committed_zero", "committedTimeLimit.amount", m => m with { CommittedTimeLimit = MatterTimeLimit.WorkingDays(0) } },
        { "catalogue.time_limit.immediate_too_long", "committedTimeLimit.amount", m => m with { Processing = ProcessingKind.Immediate } },
        { "catalogue.material.duplicate_name", "materials[1].name", m => m with { Materials = [m.Materials[0], m.Materials[0]] } },
        { "catalogue.material.copies_out_of_range", "materials[1].copies", m => WithMaterial(m, 1, x => x with { Copies = 0 }) },
        { "catalogue.material.condition_missing", "materials[3].condition", m => WithMaterial(m, 3, x => x with { Condition = null }) },
        { "catalogue.material.licence_type_missing", "materials[2].licenceType", m => WithMaterial(m, 2, x => x with { LicenceType = "" }) },
        { "catalogue.material.issuer_missing", "materials[1].issuer", m => WithMaterial(m, 1, x => x with { Issuer = null }) },
        { "catalogue.material.core_without_tolerance", "materials[0].core", m => m with { TolerantAcceptance = false, Materials = [m.Materials[0]] } },
        { "catalogue.material.core_missing", "materials", m => WithMaterial(m, 0, x => x with { Core = false, DeferredSupply = MatterTimeLimit.WorkingDays(5) }) },
        { "catalogue.material.deferral_missing", "materials[1].deferredSupply", m => WithMaterial(m, 1, x => x with { DeferredSupply = null }) },
        { "catalogue.material.deferral_not_allowed", "materials[0].deferredSupply", m => WithMaterial(m, 0, x => x with { DeferredSupply = MatterTimeLimit.WorkingDays(5) }) },
        { "catalogue.fee.basis_missing", "fees[0].basis", m => m with { Fees = [new FeeItem { Name = "登记费", Standard = "80元/件" }] } },
        { "catalogue.online_depth.unknown", "onlineDepth", m => m with { OnlineDepth = (OnlineDepth)9 } },
        { "catalogue.visits.out_of_range", "visitsRequired", m => m with { VisitsRequired = 6 } },
        { "catalogue.visits.zero_visit_conflict", "visitsRequired", m => m with { ZeroVisit = true, OnlineDepth = OnlineDepth.FullyOnline } },
        { "catalogue.online_depth.zero_visit_needs_full", "onlineDepth", m => m with { ZeroVisit = true, VisitsRequired = 0 } },
        { "catalogue.delivery.zero_visit_needs_remote", "deliveryMethods",
            m => m with { ZeroVisit = true, VisitsRequired = 0, OnlineDepth = OnlineDepth.FullyOnline, DeliveryMethods = [DeliveryMethod.Window] } },
        { "catalogue.delivery.missing", "deliveryMethods", m => m with { DeliveryMethods = [] } },
        { "catalogue.delivery.duplicate", "deliveryMethods", m => m with { DeliveryMethods = [DeliveryMethod.Window, DeliveryMethod.Window] } },
        { "catalogue.special_procedure.limit_out_of_range", "specialProcedures[0].limit.amount",
            m => m with { SpecialProcedures = [m.SpecialProcedures[0] with { Limit = MatterTimeLimit.WorkingDays(0) }] } },
        { "catalogue.notification_commitment.materials_missing", "materials", m => m with { NotificationCommitment = true, TolerantAcceptance = false, Materials = [] } },
        { "catalogue.legal_basis.missing", "legalBasis", m => m with { LegalBasis = [] } },
        { "catalogue.flow_chart.not_mermaid", "flowChart", m => m with { FlowChart = "受理 -> 决定" } },
    };

    [Fact]
    public void Should_accept_a_matter_when_every_field_keeps_its_rules()
    {
        MatterRules.Check(TestMatters.Valid(), Units).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Should_name_the_field_and_rule_when_a_field_breaks_it(string code, string field, Func<MatterDefinition, MatterDefinition> breakIt)
    {
        var breaches = MatterRules.Check(breakIt(TestMatters.Valid()), Units);

        breaches.ShouldContain(b => b.Code == code && b.Field == field, string.Join("; ", breaches));
        breaches.Single(b => b.Code == code && b.Field == field).Rule.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Should_allow_a_committed_limit_in_hours_when_the_legal_limit_counts_working_days()
    {
        var anshan = TestMatters.Valid() with
        {
            CommittedTimeLimit = new MatterTimeLimit { Amount = 24, Unit = TimeLimitUnit.Hours },
            LegalTimeLimit = MatterTimeLimit.WorkingDays(20),
        };

        MatterRules.Check(anshan, Units).ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_every_breach_when_several_fields_are_wrong()
    {
        var broken = TestMatters.Valid() with { Name = "", Department = "nowhere", DeliveryMethods = [] };

        MatterRules.Check(broken, Units).Select(b => b.Field).ShouldBe(["name", "department", "deliveryMethods"], ignoreOrder: true);
    }

    private static MatterDefinition WithMaterial(MatterDefinition matter, int index, Func<MaterialDefinition, MaterialDefinition> change) =>
        matter with { Materials = [.. matter.Materials.Select((m, i) => i == index ? change(m) : m)] };
}
