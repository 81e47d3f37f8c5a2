using Platform.Bundles.Contracts;
using Platform.Testing;

namespace Platform.Empowerment.Tests.Programme;

/// <summary>临湘's one-thing packages: a package's promise covers all its stages, and a later stage does not ask again for an earlier one's approval.</summary>
public sealed class LinxiangBundleTests
{
    private const string JointAcceptance = "11430682MB0000051X000173006000";
    private const string FirstRegistration = "11430682MB0000057X000117001000";
    private const string StartApproval = "11430682MB0000051X000173005000";
    private const string InvestmentFiling = "11430682MB0000051X000101001000";

    [Fact]
    public async Task Should_promise_no_less_than_any_member_needs_under_every_situation_of_every_linxiang_package()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var bundles = fixture.Get<IBundleCatalogue>();
        var published = await bundles.SearchPublishedAsync(ParkFixture.Region, null, 1, 100, CancellationToken.None);
        published.Items.Count.ShouldBe(8);

        foreach (var summary in published.Items)
        {
            var definition = (await bundles.VersionAsync(summary.VersionId, CancellationToken.None))!.Definition;
            foreach (var answers in Situations(definition.Questions))
            {
                var guidance = await bundles.GuideAsync(ParkFixture.Region, summary.Code, answers, CancellationToken.None);
                var longest = guidance.Matters.Select(m => m.CommittedLimit.Amount).DefaultIfEmpty(0).Max();
                guidance.CommittedLimit.Amount.ShouldBeGreaterThanOrEqualTo(longest,
                    $"{summary.Name}（{string.Join("，", answers.Select(a => $"{a.Key}={a.Value}"))}）");
            }
        }
    }

    [Fact]
    public async Task Should_promise_the_joint_acceptance_and_the_first_registration_after_it_when_the_project_is_not_yet_accepted()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var bundles = fixture.Get<IBundleCatalogue>();

        var notAccepted = await bundles.GuideAsync(ParkFixture.Region, "wybbdc", new Dictionary<string, string> { ["accepted"] = "no" }, CancellationToken.None);
        var accepted = await bundles.GuideAsync(ParkFixture.Region, "wybbdc", new Dictionary<string, string> { ["accepted"] = "yes" }, CancellationToken.None);

        var chain = notAccepted.Matters.Single(m => m.Code == JointAcceptance).CommittedLimit.Amount
                    + notAccepted.Matters.Single(m => m.Code == FirstRegistration).CommittedLimit.Amount;
        var promise = (await bundles.VersionAsync(notAccepted.BundleVersionId, CancellationToken.None))!.Definition.CommittedTimeLimit;
        chain.ShouldBe(13);
        promise.Amount.ShouldBeGreaterThanOrEqualTo(chain);
        accepted.Matters.Select(m => m.Code).ShouldBe([FirstRegistration]);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    public async Task Should_not_ask_the_completion_stage_again_for_the_start_stages_approval_or_filing(string filed)
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));

        var completion = await fixture.Get<IBundleCatalogue>().GuideAsync(ParkFixture.Region, "wyjcf",
            new Dictionary<string, string> { ["filed"] = filed, ["stage"] = "completion" }, CancellationToken.None);

        completion.Matters.Select(m => m.Code).ShouldBe([JointAcceptance]);
        completion.Matters.ShouldNotContain(m => m.Code == StartApproval || m.Code == InvestmentFiling);
    }

    /// <summary>Every combination of one option per question.</summary>
    private static IEnumerable<Dictionary<string, string>> Situations(IReadOnlyList<SituationQuestion> questions) =>
        questions.Aggregate(new[] { new Dictionary<string, string>() }.AsEnumerable(),
            (combos, question) => combos.SelectMany(c => question.Options.Select(o => new Dictionary<string, string>(c) { [question.Id] = o.Value })));
}
