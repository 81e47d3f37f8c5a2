using Platform.Cases.Submission;

namespace Platform.Cases.Tests.Submission;

public sealed class RegionSubmissionGateTests
{
    [Fact]
    public async Task Should_hold_a_regions_second_submission_until_the_first_is_through_and_let_other_regions_pass()
    {
        var gate = new RegionSubmissionGate();
        var first = await gate.EnterAsync("320903", CancellationToken.None);

        var second = gate.EnterAsync("320903", CancellationToken.None);
        var elsewhere = gate.EnterAsync("440784", CancellationToken.None);

        elsewhere.IsCompletedSuccessfully.ShouldBeTrue();
        second.IsCompleted.ShouldBeFalse();
        first.Dispose();
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        var third = gate.EnterAsync("320903", CancellationToken.None);
        third.IsCompletedSuccessfully.ShouldBeTrue();
        gate.EnterAsync("320903", CancellationToken.None).IsCompleted.ShouldBeFalse("a passage released twice must not let two through");
    }

    [Fact]
    public async Task Should_give_up_waiting_when_the_request_is_cancelled()
    {
        var gate = new RegionSubmissionGate();
        using var first = await gate.EnterAsync("320903", CancellationToken.None);
        using var cancelled = new CancellationTokenSource();

        var waiting = gate.EnterAsync("320903", cancelled.Token);
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => waiting);
    }
}
