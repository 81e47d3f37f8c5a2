using Platform.Kernel.Errors;

namespace Platform.Cases.Domain;

/// <summary>The conditions of each intake route, refused with what the clerk can do instead.</summary>
internal static class IntakeRules
{
    public static void RequireComplete(MaterialGaps gaps)
    {
        if (gaps.Complete) return;
        var missing = gaps.MissingCore.Concat(gaps.MissingNonCore).Select(m => m.Name).ToArray();
        throw new PlatformProblem(422, "case.material.missing", "材料不齐全",
            $"缺少 {missing.Length} 项必要材料：{string.Join("、", missing)}。可一次性告知补正，或在允许容缺的事项中容缺受理。")
        {
            Extensions = new Dictionary<string, object?> { ["missing"] = missing },
        };
    }

    public static void RequireTolerantAcceptance(MatterTerms matter, MaterialGaps gaps, bool commitmentLetterSigned)
    {
        if (!matter.AllowsTolerantAcceptance)
            throw new PlatformProblem(422, "case.intake.tolerant_not_allowed", "该事项不适用容缺受理", $"“{matter.Name}”未列入容缺受理事项。");
        if (gaps.MissingCore.Count > 0)
            throw new PlatformProblem(422, "case.material.core_missing", "核心材料不齐全",
                $"容缺受理要求核心材料齐全，缺少：{string.Join("、", gaps.MissingCore.Select(m => m.Name))}。")
            {
                Extensions = new Dictionary<string, object?> { ["missing"] = gaps.MissingCore.Select(m => m.Name).ToArray() },
            };
        if (!commitmentLetterSigned)
            throw PlatformProblem.Invalid("case.intake.commitment_letter_missing", "commitmentLetterSigned", "容缺受理须由申请人签署容缺承诺书。");
    }

    /// <summary>
    /// The materials tolerant acceptance defers: the ones ticked, each a non-core material of the matter, among them every
    /// missing non-core one (a gap nobody ticked would stay unowned); none ticked defers the missing non-core ones.
    /// </summary>
    public static IReadOnlyList<MaterialTerms> Deferred(MatterTerms matter, MaterialGaps gaps, IReadOnlyList<string>? ticked)
    {
        if (ticked is null) return gaps.MissingNonCore;
        var chosen = new List<MaterialTerms>();
        foreach (var code in ticked.Distinct())
        {
            var material = matter.Materials.FirstOrDefault(m => m.Code == code)
                ?? throw PlatformProblem.Invalid("case.intake.deferred_unknown", "deferredMaterials", $"事项没有编码为 {code} 的材料。");
            if (material.Core)
                throw new PlatformProblem(422, "case.intake.core_not_deferrable", "核心材料不能容缺", $"“{material.Name}”是核心材料，不能容缺后补。");
            chosen.Add(material);
        }

        var unticked = gaps.MissingNonCore.Where(m => chosen.All(c => c.Code != m.Code)).Select(m => m.Name).ToArray();
        if (unticked.Length > 0)
            throw new PlatformProblem(422, "case.intake.deferred_incomplete", "缺少的材料须列为容缺",
                $"以下材料未提交，须勾选为容缺材料（由申请人限期补交）或一次性告知补正：{string.Join("、", unticked)}。")
            {
                Extensions = new Dictionary<string, object?> { ["missing"] = unticked },
            };
        return chosen;
    }

    public static void RequireNotificationCommitment(MatterTerms matter, bool applicantDishonest, bool commitmentLetterSigned)
    {
        if (!matter.AllowsNotificationCommitment)
            throw new PlatformProblem(422, "case.intake.commitment_not_allowed", "该事项不适用告知承诺制", $"“{matter.Name}”未列入告知承诺制事项。");
        if (applicantDishonest)
            throw new PlatformProblem(422, "case.intake.applicant_dishonest", "申请人不适用告知承诺制",
                "申请人列入失信名单，不适用告知承诺制，请按一般程序办理。");
        if (!commitmentLetterSigned)
            throw PlatformProblem.Invalid("case.intake.commitment_letter_missing", "commitmentLetterSigned", "告知承诺须由申请人签署告知承诺书。");
    }
}
