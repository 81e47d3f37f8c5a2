using System.Net;
using Platform.Cases.Contracts;

namespace Platform.Supervision.Tests.Notices;

public sealed class CaseNoticeTests(NoticeHost notices) : IClassFixture<NoticeHost>
{
    [Fact]
    public async Task Should_text_the_applicant_in_yandu_wording_and_show_it_in_their_inbox_when_a_case_is_accepted()
    {
        var citizen = await notices.CitizenAsync();
        var submitted = await notices.SubmitAsync(citizen);
        var accepted = await notices.Host.Get<ICaseWorkflow>().AcceptAsync(submitted.Id, submitted.Version, NoticeHost.Clerk, default);

        var sent = await notices.SentForAsync(submitted.Number);
        var sms = sent.Where(n => n.Channel == "sms").ShouldHaveSingleItem();
        sms.Address.ShouldBe(NoticeHost.CitizenPhone);
        sms.Text.ShouldBe($"【盐都不见面审批】您申请的“{submitted.MatterName}”已网上受理，办件编号{submitted.Number}，承诺2026年10月8日前办结，全程无需跑腿。");
        accepted.Deadline!.Due.ShouldBe(new DateOnly(2026, 10, 8));
        var wechat = sent.Where(n => n.Channel == "wechat").ShouldHaveSingleItem();
        wechat.Address.ShouldBe(submitted.ApplicantId);
        wechat.Text.ShouldNotContain("{");
        sent.Where(n => n.Channel == "gov-im" && n.UnitCode == submitted.HandlingUnitCode).ShouldHaveSingleItem().Text.ShouldStartWith("新的网上申请待受理");

        var inbox = (await notices.NoticesAsync(citizen)).Where(n => n.GetProperty("body").GetString()!.Contains(submitted.Number)).ToList();
        inbox.ShouldHaveSingleItem().GetProperty("title").GetString().ShouldBe("办件已受理");
        inbox[0].GetProperty("body").GetString().ShouldBe($"您申请的“{submitted.MatterName}”已受理，办件编号 {submitted.Number}，承诺于 2026年10月8日 前办结。");
        inbox[0].GetProperty("link").GetString().ShouldBe($"/cases/{submitted.Id}");
    }

    [Fact]
    public async Task Should_notify_the_applicant_when_a_correction_is_requested_and_when_the_case_is_decided()
    {
        var citizen = await notices.CitizenAsync();
        var clerk = await notices.Http.StaffAsync($"{NoticeHost.Region}-clerk");
        var submitted = await notices.SubmitAsync(citizen);
        var correction = await notices.Http.SendAsync(HttpMethod.Post, $"/api/v1/cases/{submitted.Id}/corrections", clerk,
            new { items = new[] { new { materialCode = "M02", problem = "股东签字不清晰" } } }, ifMatch: $"\"{submitted.Version}\"");
        correction.StatusCode.ShouldBe(HttpStatusCode.OK, await correction.Content.ReadAsStringAsync());
        (await notices.SentForAsync(submitted.Number)).Where(n => n.Channel == "sms").ShouldHaveSingleItem().Text
            .ShouldBe($"【盐都不见面审批】办件{submitted.Number}需补正材料，请在网上补正，无需到窗口。");

        var workflow = notices.Host.Get<ICaseWorkflow>();
        var reader = notices.Host.Get<ICaseReader>();
        var answered = await notices.Http.SendAsync(HttpMethod.Post, $"/api/v1/cases/{submitted.Id}/corrections/answer", citizen,
            new { materials = new[] { new { materialCode = "M02", fileId = await notices.Http.UploadAsync(citizen) } } },
            ifMatch: $"\"{(await reader.GetAsync(submitted.Id, default))!.Version}\"");
        answered.StatusCode.ShouldBe(HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        var view = await workflow.AcceptAsync(submitted.Id, (await reader.GetAsync(submitted.Id, default))!.Version, NoticeHost.Clerk, default);
        view = await workflow.CompleteReviewStepAsync(submitted.Id, view.Version, true, "符合", NoticeHost.MarketReviewer, default);
        await workflow.DecideAsync(submitted.Id, view.Version, false, "名称与已登记企业重复", "《企业名称登记管理规定》", NoticeHost.MarketReviewer, default);

        var sms = (await notices.SentForAsync(submitted.Number)).Where(n => n.Channel == "sms").Select(n => n.Text).ToList();
        sms.Count.ShouldBe(3);
        sms.ShouldContain($"【盐都不见面审批】办件{submitted.Number}不予许可，请登录查看理由，如有疑问可联系帮办代办。");
        var titles = (await notices.NoticesAsync(citizen)).Where(n => n.GetProperty("body").GetString()!.Contains(submitted.Number))
            .Select(n => n.GetProperty("title").GetString()).ToList();
        // The test clock stands still, so the three notices share one instant: their order is not asserted.
        titles.ShouldBe(["办件已办结（不予许可）", "办件已受理", "请补正材料"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_send_each_notice_once_when_the_dispatcher_runs_again()
    {
        var citizen = await notices.CitizenAsync();
        var submitted = await notices.SubmitAsync(citizen);
        await notices.Host.Get<ICaseWorkflow>().AcceptAsync(submitted.Id, submitted.Version, NoticeHost.Clerk, default);
        var first = await notices.SentForAsync(submitted.Number);

        var again = await notices.SentForAsync(submitted.Number);

        first.Count.ShouldBe(3);
        again.Select(n => n.Id).ShouldBe(first.Select(n => n.Id));
        (await notices.Host.ScalarAsync<long>(
            """
            SELECT count(*) FROM supervision.outbound_notifications o JOIN supervision.inbox_messages m ON m.id = o.inbox_message_id
            WHERE m.source_id = @id AND o.sent_at IS NULL
            """, new { id = submitted.Id })).ShouldBe(0);
    }

    [Fact]
    public async Task Should_not_let_an_applicant_read_or_mark_another_applicants_notices()
    {
        var citizen = await notices.CitizenAsync();
        var submitted = await notices.SubmitAsync(citizen);
        await notices.Host.Get<ICaseWorkflow>().AcceptAsync(submitted.Id, submitted.Version, NoticeHost.Clerk, default);
        var own = (await notices.NoticesAsync(citizen)).First(n => n.GetProperty("body").GetString()!.Contains(submitted.Number));
        var other = await notices.Http.ApplicantAsync($"91{NoticeHost.Region}MA0DEMO01X");

        (await notices.NoticesAsync(other)).ShouldNotContain(n => n.GetProperty("body").GetString()!.Contains(submitted.Number));
        var marked = await notices.Http.SendAsync(HttpMethod.Post, $"/api/v1/my/notices/{own.GetProperty("id").GetGuid()}/read", other);
        marked.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var staff = await notices.Http.SendAsync(HttpMethod.Get, "/api/v1/my/notices", await notices.Http.StaffAsync($"{NoticeHost.Region}-clerk"));
        staff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
