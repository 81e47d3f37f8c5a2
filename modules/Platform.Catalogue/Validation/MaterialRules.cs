using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Validation;

/// <summary>Rules on a matter's material list, including tolerant acceptance (容缺受理).</summary>
internal static class MaterialRules
{
    public static void Check(MatterDefinition matter, RuleList rules)
    {
        var duplicates = matter.Materials.GroupBy(m => m.Name.Trim()).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        for (var i = 0; i < matter.Materials.Count; i++)
        {
            var material = matter.Materials[i];
            var at = $"materials[{i}]";
            rules.Text(material.Name, $"{at}.name", "材料名称", 200);
            rules.Require(!duplicates.Contains(material.Name.Trim()), $"{at}.name", "catalogue.material.duplicate_name",
                $"材料“{material.Name}”重复");
            rules.Require(material.Copies is >= 1 and <= 99, $"{at}.copies", "catalogue.material.copies_out_of_range", "份数须在 1 至 99 之间");
            rules.Require(material.Requirement != MaterialRequirement.Conditional || !string.IsNullOrWhiteSpace(material.Condition),
                $"{at}.condition", "catalogue.material.condition_missing", "情形性材料须写明适用情形");
            rules.Require(material.Source != MaterialSource.SharedELicence || !string.IsNullOrWhiteSpace(material.LicenceType),
                $"{at}.licenceType", "catalogue.material.licence_type_missing", "来源为共享电子证照的材料须写明证照类型");
            rules.Require(material.Source is not (MaterialSource.OtherDepartment or MaterialSource.Intermediary)
                          || !string.IsNullOrWhiteSpace(material.Issuer),
                $"{at}.issuer", "catalogue.material.issuer_missing", "由其他部门或中介机构出具的材料须写明出具单位");
            rules.Require(!material.Core || matter.TolerantAcceptance, $"{at}.core", "catalogue.material.core_without_tolerance",
                "只有允许容缺受理的事项才能标注核心材料");
            CheckDeferral(matter, material, at, rules);
        }

        if (matter.TolerantAcceptance)
        {
            rules.Require(matter.Materials.Any(m => m.Core), "materials", "catalogue.material.core_missing",
                "允许容缺受理的事项至少要有一项核心材料");
        }
    }

    private static void CheckDeferral(MatterDefinition matter, MaterialDefinition material, string at, RuleList rules)
    {
        if (material.DeferredSupply is { } deferred)
        {
            rules.Require(matter.TolerantAcceptance && !material.Core, $"{at}.deferredSupply", "catalogue.material.deferral_not_allowed",
                "只有容缺受理事项的非核心材料才能设置后补期限");
            rules.Require(deferred.Amount is > 0 and <= TimeLimitRules.MaxAmount, $"{at}.deferredSupply.amount",
                "catalogue.material.deferral_out_of_range", "后补期限须大于 0");
        }
        else
        {
            var askedAtIntake = material.Requirement == MaterialRequirement.Required && material.Source != MaterialSource.SharedELicence;
            rules.Require(!matter.TolerantAcceptance || material.Core || !askedAtIntake,
                $"{at}.deferredSupply", "catalogue.material.deferral_missing", "容缺受理事项的非核心材料须设置后补期限");
        }
    }
}
