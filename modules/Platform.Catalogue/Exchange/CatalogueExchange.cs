using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Exchange.Xlsx;
using Platform.Catalogue.Matters;
using Platform.Catalogue.Validation;
using Platform.Catalogue.Versions;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Time;

namespace Platform.Catalogue.Exchange;

/// <summary>
/// Export of a region's catalogue (the latest version of each matter, draft or published) as YAML or
/// xlsx, and import of either as drafts: every row is validated first, and one error writes nothing unless the import
/// was asked to skip the matters in error.
/// </summary>
internal sealed class CatalogueExchange(
    NpgsqlDataSource dataSource, ITransactionRunner transactions, IAuditTrail audit, IClock clock, UnitCodes units, ImportJobs jobs)
{
    private const int ProgressEvery = 20;

    public async Task<IReadOnlyList<MatterDefinition>> LatestAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var matters = new List<MatterDefinition>();
        for (var page = 1; ; page++)
        {
            var batch = await MatterReads.SearchAsync(connection, regionCode, new MatterQuery(Page: page, PageSize: MatterQuery.MaxPageSize),
                clock.Now, publishedOnly: false);
            foreach (var item in batch.Items) matters.Add((await MatterReads.ByIdAsync(connection, item.VersionId))!.ToVersion().Definition);
            if (page * batch.PageSize >= batch.Total) return matters;
        }
    }

    public async Task<string> ExportYamlAsync(string regionCode, CancellationToken cancellationToken) =>
        CatalogueYaml.Write(new CatalogueDocument { Matters = [.. await LatestAsync(regionCode, cancellationToken)] });

    public async Task<byte[]> ExportXlsxAsync(string regionCode, CancellationToken cancellationToken) =>
        CatalogueWorkbook.Write(await LatestAsync(regionCode, cancellationToken));

    /// <summary>
    /// Runs an import started with <see cref="ImportJobs.StartAsync"/>; the job row ends Completed or Failed with every error.
    /// A file or header error fails the whole import. A row's error fails it too unless <paramref name="skipInvalid"/>: then
    /// the matters whose rows break a rule are left out and the others written.
    /// </summary>
    public async Task<ImportJob> ImportAsync(Guid jobId, string regionCode, string format, Stream content, string actor, bool skipInvalid,
        CancellationToken cancellationToken)
    {
        var (matters, errors) = Parse(format, content);
        var allErrors = errors.ToList();
        var unitCodes = await units.OfAsync(regionCode, cancellationToken);
        for (var i = 0; i < matters.Count; i++)
        {
            // A cell that could not be read already has its error; the rule it then seems to break would only repeat it.
            allErrors.AddRange(MatterRules.Check(matters[i].Definition, unitCodes).Select(matters[i].Locate)
                .Where(e => !errors.Any(unreadable => (unreadable.Sheet, unreadable.Row, unreadable.Column) == (e.Sheet, e.Row, e.Column))));
            if ((i + 1) % ProgressEvery == 0) await jobs.ProgressAsync(jobId, i + 1, matters.Count * 2, cancellationToken);
        }

        var valid = matters.Where(m => !allErrors.Any(m.Owns)).ToList();
        var writable = allErrors.Count == 0 || (skipInvalid && valid.Count > 0 && !allErrors.Any(ImportError.IsWholeFile));
        if (!writable)
        {
            await jobs.FailAsync(jobId, allErrors, cancellationToken);
            return (await jobs.FindAsync(regionCode, jobId, cancellationToken))!;
        }

        var total = matters.Count + valid.Count;
        await jobs.ProgressAsync(jobId, matters.Count, total, cancellationToken);
        await transactions.RunAsync(async tx =>
        {
            for (var i = 0; i < valid.Count; i++)
            {
                await DraftWriter.SaveAsync(tx, regionCode, valid[i].Definition, actor, clock.Now, audit, cancellationToken);
                if ((i + 1) % ProgressEvery == 0) await jobs.ProgressAsync(jobId, matters.Count + i + 1, total, cancellationToken);
            }

            await jobs.CompleteAsync(tx, jobId, valid.Count, allErrors);
            return valid.Count;
        }, cancellationToken);
        return (await jobs.FindAsync(regionCode, jobId, cancellationToken))!;
    }

    private static (IReadOnlyList<ParsedMatter> Matters, IReadOnlyList<ImportError> Errors) Parse(string format, Stream content)
    {
        try
        {
            if (format == "xlsx") return CatalogueWorkbook.Read(content);
            using var reader = new StreamReader(content);
            var document = CatalogueYaml.Read(reader.ReadToEnd(), "import");
            return (document.Matters.Select((m, i) => new ParsedMatter(m, ImportError.YamlSheet, i + 1, [], [], [])).ToList(), []);
        }
        catch (Exception error) when (error is InvalidOperationException or InvalidDataException or System.IO.FileFormatException
                                          or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return ([], [new ImportError(format, 0, "", "", $"文件无法读取：{error.Message}")]);
        }
    }
}
