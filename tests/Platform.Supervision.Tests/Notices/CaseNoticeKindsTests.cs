using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Supervision.Notices;

namespace Platform.Supervision.Tests.Notices;

public sealed class CaseNoticeKindsTests
{
    [Theory]
    [InlineData(CaseAction.TolerantAccept, CaseState.UnderReview, "{}", "deferred-material-due", true)]
    [InlineData(CaseAction.Decide, CaseState.Approved, "{}", "approved", true)]
    [InlineData(CaseAction.Deliver, CaseState.InDelivery, "{}", "courier-dispatched", true)]
    [InlineData(CaseAction.Deliver, CaseState.Delivered, "{}", "delivered", true)]
    [InlineData(CaseAction.ReportDeliveryFailure, CaseState.InDelivery, """{"next":"retry"}""", "delivery-retried", true)]
    [InlineData(CaseAction.ReportDeliveryFailure, CaseState.InDelivery, """{"next":"window"}""", "delivery-failed-pickup", true)]
    [InlineData(CaseAction.AnswerCorrection, CaseState.Submitted, "{}", "correction-answered", false)]
    public void Should_raise_the_notice_the_step_calls_for_when_a_step_is_recorded(CaseAction action, CaseState to, string data, string kind,
        bool forApplicant) =>
        CaseNoticeKinds.Of(Step(action, to, data)).ShouldBe(new CaseNoticeKind(kind, forApplicant));

    [Fact]
    public void Should_raise_nothing_when_the_applicant_withdraws()
    {
        CaseNoticeKinds.Of(Step(CaseAction.Withdraw, CaseState.Withdrawn, "{}")).ShouldBeNull();
    }

    [Fact]
    public void Should_give_the_earliest_deferred_material_date_when_several_materials_are_deferred()
    {
        var step = Step(CaseAction.TolerantAccept, CaseState.UnderReview,
            """{"deferredMaterials":[{"code":"M03","due":"2026-10-20"},{"code":"M05","due":"2026-10-13"}],"trackingNumber":null}""");

        var values = CaseNoticeObserver.Values(step);

        values["deferredDue"].ShouldBe("2026年10月13日");
        values["tracking"].ShouldBeNull();
    }

    private static CaseStepRecorded Step(CaseAction action, CaseState to, string data) =>
        new(Guid.NewGuid(), "440784-2026-000001", "440784", "M", "zhck", "online", null, action, null, to, Monday, "u",
            Monday, null, null) { Data = JsonDocument.Parse(data).RootElement.Clone(), Version = 2 };

    private static readonly DateTimeOffset Monday = new(2026, 9, 28, 2, 0, 0, TimeSpan.Zero);
}
