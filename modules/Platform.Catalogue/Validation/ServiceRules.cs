using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Validation;

/// <summary>Rules on how a matter is served: fees, online depth and visits, delivery, special procedures.</summary>
internal static class ServiceRules
{
    public const int MaxVisits = 5;

    public static void Check(MatterDefinition matter, RuleList rules)
    {
        for (var i = 0; i < matter.Fees.Count; i++)
        {
            rules.Text(matter.Fees[i].Name, $"fees[{i}].name", "收费项目名称", 100);
            rules.Text(matter.Fees[i].Standard, $"fees[{i}].standard", "收费标准", 500);
            rules.Require(matter.Fees[i].Waived || !string.IsNullOrWhiteSpace(matter.Fees[i].Basis), $"fees[{i}].basis",
                "catalogue.fee.basis_missing", "收费项目须写明收费依据");
        }

        rules.Require(Enum.IsDefined(matter.OnlineDepth), "onlineDepth", "catalogue.online_depth.unknown", "网办深度须为一至四级");
        rules.Require(matter.VisitsRequired is >= 0 and <= MaxVisits, "visitsRequired", "catalogue.visits.out_of_range",
            $"到现场次数须在 0 至 {MaxVisits} 之间");
        if (matter.ZeroVisit)
        {
            rules.Require(matter.VisitsRequired == 0, "visitsRequired", "catalogue.visits.zero_visit_conflict",
                "“零跑动”事项的到现场次数须为 0");
            rules.Require(matter.OnlineDepth == OnlineDepth.FullyOnline, "onlineDepth", "catalogue.online_depth.zero_visit_needs_full",
                "“零跑动”事项须达到四级（全程网办）");
            rules.Require(matter.DeliveryMethods.Any(d => d is DeliveryMethod.Courier or DeliveryMethod.OnlinePush),
                "deliveryMethods", "catalogue.delivery.zero_visit_needs_remote", "“零跑动”事项须提供快递送达或网端推送");
        }

        rules.Require(matter.DeliveryMethods.Count > 0, "deliveryMethods", "catalogue.delivery.missing", "至少选择一种送达方式");
        rules.Require(matter.DeliveryMethods.Distinct().Count() == matter.DeliveryMethods.Count, "deliveryMethods",
            "catalogue.delivery.duplicate", "送达方式不能重复");
        for (var i = 0; i < matter.SpecialProcedures.Count; i++)
        {
            var procedure = matter.SpecialProcedures[i];
            rules.Text(procedure.Name, $"specialProcedures[{i}].name", "特别程序名称", 100);
            rules.Require(procedure.Limit.Amount is > 0 and <= TimeLimitRules.MaxAmount, $"specialProcedures[{i}].limit.amount",
                "catalogue.special_procedure.limit_out_of_range", "特别程序时限须大于 0");
        }

        rules.Require(!matter.NotificationCommitment || matter.Materials.Count > 0, "materials",
            "catalogue.notification_commitment.materials_missing", "告知承诺制事项须列明身份证明和告知承诺书等材料");
    }
}
