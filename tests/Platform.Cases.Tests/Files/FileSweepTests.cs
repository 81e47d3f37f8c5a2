using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Cases.Files;
using Platform.Testing;

namespace Platform.Cases.Tests.Files;

public sealed class FileSweepTests
{
    [Fact]
    public async Task Should_remove_only_files_without_a_row_when_an_upload_was_killed_between_disk_and_database()
    {
        await using var cases = await CaseFixture.StartAsync(TestClock.At(2026, 9, 24, 10));
        var store = cases.Get<FileStore>();
        var kept = await cases.UploadAsync(CaseFixture.Clerk);
        var keptPath = Directory.GetFiles(store.Root, "*", SearchOption.AllDirectories).Single();
        var unrecorded = store.PathOf(new string('a', 64));
        Directory.CreateDirectory(Path.GetDirectoryName(unrecorded)!);
        await File.WriteAllTextAsync(unrecorded, "%PDF-1.7 written, never recorded");
        Directory.CreateDirectory(store.IncomingDirectory);
        var halfWritten = Path.Combine(store.IncomingDirectory, Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(halfWritten, "%PDF-1.7 half");

        await new FileSweep(store, cases.Get<NpgsqlDataSource>(), NullLogger<FileSweep>.Instance).SweepAsync(CancellationToken.None);

        File.Exists(unrecorded).ShouldBeFalse();
        File.Exists(halfWritten).ShouldBeFalse();
        File.Exists(keptPath).ShouldBeTrue($"file {kept} has its row and must stay");
    }
}
