using Platform.Supervision.Notices;

namespace Platform.Supervision.Tests.Notices;

public sealed class NoticeTemplatesTests
{
    private static readonly NoticeTemplates Templates = new();

    [Fact]
    public void Should_lay_a_regions_wording_over_the_default_when_the_region_overrides_some_fields()
    {
        var yandu = Templates.For("320903", "courier-dispatched")!;
        var heshan = Templates.For("440784", "courier-dispatched")!;

        yandu.Sms!.ShouldStartWith("【盐都不见面审批】");
        heshan.Sms!.ShouldStartWith("【政务服务】");
        yandu.Title.ShouldBe(heshan.Title);
        yandu.Body.ShouldBe(heshan.Body);
    }

    [Fact]
    public void Should_fill_every_placeholder_and_leave_none_raw_when_a_value_is_missing()
    {
        var text = NoticeTemplates.Render(Templates.For("440784", "courier-dispatched")!.Body!,
            new Dictionary<string, string?> { ["number"] = "440784-2026-000001", ["matter"] = "食品经营许可", ["tracking"] = null });

        text.ShouldBe("“食品经营许可”（办件编号 440784-2026-000001）的办理结果已通过快递寄出，快递单号 ，请注意查收并在收到后确认签收。");
    }
}
