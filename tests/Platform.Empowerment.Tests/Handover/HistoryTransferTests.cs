using Autofac;
using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Empowerment.Handover;
using Platform.Testing;

namespace Platform.Empowerment.Tests.Handover;

public sealed class HistoryTransferTests
{
    [Fact]
    public async Task Should_move_decided_cases_and_their_licences_to_the_park_with_equal_counts_and_checksums_and_leave_running_cases()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var decided = new[]
        {
            await fixture.ApproveAsync(await fixture.SubmitAsync(ParkFixture.EnergyReview)),
            await fixture.ApproveAsync(await fixture.SubmitAsync(ParkFixture.EnergyReview)),
        };
        var running = await fixture.SubmitAsync(ParkFixture.EnergyReview);
        var signed = await fixture.SignAsync("fgj", 1);

        await fixture.Get<HandoverProcess>().StepAsync(signed.Id, signed.Version, HandoverStep.Records, null, "test", CancellationToken.None);

        var transfer = (await fixture.Get<AgreementViews>().GetAsync(signed.Id, CancellationToken.None))!.Transfer!;
        transfer.CasesBefore.ShouldBe(2);
        transfer.LicencesBefore.ShouldBe(2);
        transfer.CasesMoved.ShouldBe(2);
        transfer.LicencesMoved.ShouldBe(2);
        transfer.ChecksumMoved.ShouldBe(transfer.ChecksumBefore);
        transfer.ChecksumAfter.ShouldBe(transfer.ChecksumBefore);
        var reader = fixture.Get<ICaseReader>();
        foreach (var c in decided) (await reader.GetAsync(c.Id, CancellationToken.None))!.HandlingUnitCode.ShouldBe(ParkFixture.ParkUnit);
        (await reader.GetAsync(running.Id, CancellationToken.None))!.HandlingUnitCode.ShouldBe("fgj");
        (await LicenceOwnersAsync(fixture)).ShouldAllBe(owner => owner == ParkFixture.ParkUnit);
    }

    [Fact]
    public async Task Should_keep_the_department_seal_unit_and_signer_on_a_decision_it_made_when_history_moves_to_the_park()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9));
        var decided = await fixture.ApproveAsync(await fixture.SubmitAsync(ParkFixture.EnergyReview));
        var signed = await fixture.SignAsync("fgj", 1);

        await fixture.Get<HandoverProcess>().StepAsync(signed.Id, signed.Version, HandoverStep.Records, null, "test", CancellationToken.None);

        var after = (await fixture.Get<ICaseReader>().GetAsync(decided.Id, CancellationToken.None))!;
        after.HandlingUnitCode.ShouldBe(ParkFixture.ParkUnit);
        after.SealReference.ShouldBe("ESEAL:430682:fgj:审批专用章");
        after.SealReference.ShouldBe(decided.SealReference);
        after.Decision!.UnitCode.ShouldBe("fgj");
        after.Decision.SignerName.ShouldBe(ParkFixture.Clerk.Name);
        after.Decision.SealReference.ShouldBe(decided.SealReference);
    }

    [Fact]
    public async Task Should_leave_no_case_moved_and_the_step_not_taken_when_the_transfer_fails_midway()
    {
        await using var fixture = await ParkFixture.StartAsync(TestClock.At(2026, 3, 2, 9),
            builder => builder.RegisterDecorator<FailingAfterMove, ICaseTransfer>());
        var decided = await fixture.ApproveAsync(await fixture.SubmitAsync(ParkFixture.EnergyReview));
        var signed = await fixture.SignAsync("fgj", 1);

        await Should.ThrowAsync<IOException>(() =>
            fixture.Get<HandoverProcess>().StepAsync(signed.Id, signed.Version, HandoverStep.Records, null, "test", CancellationToken.None));

        (await fixture.Get<ICaseReader>().GetAsync(decided.Id, CancellationToken.None))!.HandlingUnitCode.ShouldBe("fgj");
        (await LicenceOwnersAsync(fixture)).ShouldAllBe(owner => owner == null);
        var view = (await fixture.Get<AgreementViews>().GetAsync(signed.Id, CancellationToken.None))!;
        view.Version.ShouldBe(signed.Version);
        view.Transfer.ShouldBeNull();
        view.Steps.Single(s => s.Step == "Records").DoneAt.ShouldBeNull();
        await using var connection = await fixture.Get<NpgsqlDataSource>().OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        (await fixture.Get<IDeadlineRegistry>().GetAsync(tx, signed.RecordsDeadlineId!.Value, CancellationToken.None)).Status.ShouldNotBe(DeadlineStatus.Closed);
    }

    private static async Task<IReadOnlyList<string?>> LicenceOwnersAsync(ParkFixture fixture)
    {
        await using var connection = await fixture.Get<NpgsqlDataSource>().OpenConnectionAsync();
        var owners = (await connection.QueryAsync<string?>("SELECT owner_unit_code FROM cases.licences WHERE region_code = '430682'")).ToList();
        owners.ShouldNotBeEmpty();
        return owners;
    }

    /// <summary>Moves the cases, then fails as a lost connection would, before the step records anything.</summary>
    private sealed class FailingAfterMove(ICaseTransfer inner) : ICaseTransfer
    {
        public Task<CaseTransferTally> TallyAsync(NpgsqlTransaction transaction, string regionCode, IReadOnlyCollection<string> matterCodes, string unitCode,
            CancellationToken cancellationToken) => inner.TallyAsync(transaction, regionCode, matterCodes, unitCode, cancellationToken);

        public Task<CaseTransferTally> TransferredAsync(NpgsqlTransaction transaction, string regionCode, IReadOnlyCollection<string> matterCodes,
            string fromUnit, string toUnit, CancellationToken cancellationToken) =>
            inner.TransferredAsync(transaction, regionCode, matterCodes, fromUnit, toUnit, cancellationToken);

        public async Task<CaseTransferTally> TransferAsync(NpgsqlTransaction transaction, string regionCode, IReadOnlyCollection<string> matterCodes,
            string fromUnit, string toUnit, DateTimeOffset at, CancellationToken cancellationToken)
        {
            var moved = await inner.TransferAsync(transaction, regionCode, matterCodes, fromUnit, toUnit, at, cancellationToken);
            moved.Cases.ShouldBe(1);
            throw new IOException("connection lost after the cases moved");
        }
    }
}
