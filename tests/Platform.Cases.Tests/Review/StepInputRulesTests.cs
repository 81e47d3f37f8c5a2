using Platform.Cases.Decision;
using Platform.Cases.Delivery;
using Platform.Cases.Review;
using Platform.Cases.Withdrawal;
using Platform.Kernel.Errors;

namespace Platform.Cases.Tests.Review;

/// <summary>A step's input answers every broken field at once (the API's errors, the page's messages next to each field).</summary>
public sealed class StepInputRulesTests
{
    [Fact]
    public void Should_name_the_reasons_and_the_legal_basis_at_once_when_a_refusal_has_neither()
    {
        var problem = Should.Throw<PlatformProblem>(() => DecideCase.Check(false, " ", null).ThrowIfAny());

        problem.Status.ShouldBe(400);
        problem.Code.ShouldBe("case.decision.reasons_required");
        problem.Errors.Keys.ShouldBe(["reasons", "legalBasis"], ignoreOrder: true);
    }

    [Fact]
    public void Should_name_the_missing_verdict_with_the_other_errors_when_a_page_posts_a_decision_without_a_choice()
    {
        var problem = Should.Throw<PlatformProblem>(() => DecideCase.Check(null, "", null).ThrowIfAny());

        problem.Errors.Keys.ShouldBe(["approve", "reasons"], ignoreOrder: true);
    }

    [Fact]
    public void Should_answer_a_single_broken_rule_as_before_when_only_the_reasons_are_missing()
    {
        var problem = Should.Throw<PlatformProblem>(() => DecideCase.Check(true, "", null).ThrowIfAny());

        problem.Code.ShouldBe("case.decision.reasons_required");
        problem.Detail.ShouldBe("决定须写明理由（不超过 4000 字）。");
        problem.Errors.Keys.ShouldBe(["reasons"]);
    }

    [Fact]
    public void Should_name_every_broken_field_when_an_extension_a_suspension_a_failed_delivery_and_a_revocation_are_posted_empty()
    {
        Keys(() => ReviewSteps.CheckExtension(0, " ").ThrowIfAny()).ShouldBe(["workingDays", "reason"], ignoreOrder: true);
        Keys(() => ReviewSteps.CheckSuspension(" ", "").ThrowIfAny()).ShouldBe(["procedure", "reason"], ignoreOrder: true);
        Keys(() => ReviewSteps.CheckOpinion(null, "").ThrowIfAny()).ShouldBe(["agrees", "opinion"], ignoreOrder: true);
        Keys(() => DeliveryOutcome.CheckFailure("", "elsewhere", null).ThrowIfAny()).ShouldBe(["reason", "next"], ignoreOrder: true);
        Keys(() => DeliveryOutcome.CheckFailure("", "retry", "").ThrowIfAny()).ShouldBe(["reason", "trackingNumber"], ignoreOrder: true);
        Keys(() => DeliverResult.Check(null, null).ThrowIfAny()).ShouldBe(["method"]);
        Keys(() => RevokeDecision.Check("erase", "").ThrowIfAny()).ShouldBe(["kind", "legalGround"], ignoreOrder: true);
    }

    [Fact]
    public void Should_throw_nothing_when_every_field_keeps_its_rule()
    {
        DecideCase.Check(false, "不符合法定条件", "《城乡规划法》第三十八条").ThrowIfAny();
        ReviewSteps.CheckExtension(5, "需补充勘查").ThrowIfAny();
        DeliverResult.Check(Platform.Catalogue.Contracts.DeliveryMethod.Courier, "EMS1").ThrowIfAny();
    }

    private static IEnumerable<string> Keys(Action step) => Should.Throw<PlatformProblem>(step).Errors.Keys;
}
