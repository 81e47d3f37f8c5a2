using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Kernel.Tests.Audit;

public sealed class AuditTrailTests : IAsyncLifetime
{
    private NpgsqlDataSource dataSource = null!;
    private AuditTrail trail = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(await TestCluster.CreateDatabaseAsync());
        await new Migrator(dataSource, NullLogger<Migrator>.Instance).ApplyAsync(new KernelModule().Migrations, CancellationToken.None);
        trail = new AuditTrail(dataSource, new SystemClock(TimeProvider.System));
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    private async Task<AuditReceipt> AppendAsync(string region, string action, object? data = null)
    {
        var runner = new TransactionRunner(dataSource);
        return await runner.RunAsync(tx => trail.AppendAsync(tx,
            new AuditEntry(region, "clerk-1", action, "case", "HS-2026-0001", data), CancellationToken.None), CancellationToken.None);
    }

    [Fact]
    public async Task Should_number_each_regions_chain_separately()
    {
        (await AppendAsync("440784", "case.accepted")).Sequence.ShouldBe(1);
        (await AppendAsync("440784", "case.decided")).Sequence.ShouldBe(2);
        (await AppendAsync("320903", "case.accepted")).Sequence.ShouldBe(1);
    }

    [Fact]
    public async Task Should_verify_an_untouched_chain()
    {
        for (var i = 0; i < 5; i++) await AppendAsync("440784", "case.step", new { step = i, 说明 = "受理" });

        var result = await trail.VerifyAsync("440784", CancellationToken.None);

        result.Intact.ShouldBeTrue();
        result.RecordsChecked.ShouldBe(5);
    }

    [Fact]
    public async Task Should_chain_in_the_database_exactly_as_the_verifier_recomputes_for_any_text()
    {
        var runner = new TransactionRunner(dataSource);
        string[] texts = ["受理（容缺）", "emoji 🏛️ and a 4-byte 𠀋", "quote \" backslash \\ tab \t", "unit\u001fseparator", "", "  spaces  "];
        foreach (var text in texts)
            await runner.RunAsync(tx => trail.AppendAsync(tx, new AuditEntry("430682", text == "" ? "clerk-1" : text, "case.step", "case", text,
                new { 说明 = text }), CancellationToken.None), CancellationToken.None);
        await using var connection = await dataSource.OpenConnectionAsync();
        var stored = (await connection.QueryAsync<(long Sequence, DateTime OccurredAt, string Actor, string SubjectId, string Data, byte[] PreviousHash,
            byte[] Hash)>(
            """
            SELECT sequence, occurred_at, actor, subject_id, data, previous_hash, hash FROM platform.audit_records
            WHERE region_code = '430682' ORDER BY sequence
            """)).ToList();

        stored.Count.ShouldBe(texts.Length);
        foreach (var record in stored)
            record.Hash.ShouldBe(AuditHash.Compute(record.PreviousHash, "430682", record.Sequence,
                new DateTimeOffset(DateTime.SpecifyKind(record.OccurredAt, DateTimeKind.Utc)), record.Actor, "case.step", "case", record.SubjectId,
                record.Data));
        (await trail.VerifyAsync("430682", CancellationToken.None)).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_refuse_to_change_or_delete_a_record()
    {
        await AppendAsync("440784", "case.accepted");
        await using var connection = await dataSource.OpenConnectionAsync();

        await Should.ThrowAsync<PostgresException>(() => connection.ExecuteAsync("UPDATE platform.audit_records SET actor = 'someone-else'"));
        await Should.ThrowAsync<PostgresException>(() => connection.ExecuteAsync("DELETE FROM platform.audit_records"));
    }

    [Fact]
    public async Task Should_name_the_first_broken_record_when_a_record_was_altered_behind_the_trigger()
    {
        for (var i = 0; i < 4; i++) await AppendAsync("440784", "case.step", new { step = i });
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            ALTER TABLE platform.audit_records DISABLE TRIGGER audit_records_append_only;
            UPDATE platform.audit_records SET actor = 'forger' WHERE sequence = 3;
            ALTER TABLE platform.audit_records ENABLE TRIGGER audit_records_append_only;
            """);

        var result = await trail.VerifyAsync("440784", CancellationToken.None);

        result.Intact.ShouldBeFalse();
        result.FirstBrokenSequence.ShouldBe(3);
    }

    [Fact]
    public async Task Should_not_record_anything_when_the_transaction_rolls_back()
    {
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await trail.AppendAsync(transaction, new AuditEntry("440784", "clerk-1", "case.accepted", "case", "x"), CancellationToken.None);
            await transaction.RollbackAsync();
        }

        (await AppendAsync("440784", "case.accepted")).Sequence.ShouldBe(1);
        (await trail.VerifyAsync("440784", CancellationToken.None)).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_fail_the_append_and_so_its_batch_when_the_regions_chain_head_is_missing()
    {
        await AppendAsync("440784", "case.accepted");
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var append = await trail.PrepareAsync(transaction, new AuditEntry("440784", "clerk-1", "case.decided", "case", "x"), CancellationToken.None);
        await connection.ExecuteAsync("DELETE FROM platform.audit_heads WHERE region_code = '440784'", transaction: transaction);
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { append.Command } };

        var failure = await Should.ThrowAsync<PostgresException>(() => batch.ExecuteNonQueryAsync());

        failure.SqlState.ShouldBe(PostgresErrorCodes.NotNullViolation);
    }
}
