using Dapper;
using Npgsql;
using Platform.Empowerment.Contracts;
using Platform.Empowerment.Lists;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Seeding;
using Platform.Kernel.Time;

namespace Platform.Empowerment.Seeding;

/// <summary>Writes a plugin's park programme once; afterwards the region's admins own it.</summary>
internal sealed class EmpowermentSeeder(ITransactionRunner transactions, IAuditTrail audit, IClock clock, EntryStore entries) : IEmpowermentSeeder
{
    public async Task SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken)
    {
        var seed = EmbeddedYaml.Parse<ProgrammeSeed>(yaml, $"empowerment seed of {regionCode}");
        await transactions.RunAsync(async tx =>
        {
            if (await ProgrammeStore.FindAsync(tx.Connection!, tx, regionCode) is not null) return false;
            var programme = new Programme(regionCode, seed.ParkName, seed.ParkUnit, seed.ApprovalSeal, seed.AgreementTemplate);
            await WriteListsAsync(tx, programme, seed);
            foreach (var entry in seed.Entries)
            {
                try
                {
                    await entries.AddAsync(tx, programme, new NewEntry(entry.Matter, entry.Name, entry.Category, entry.Keywords, entry.From,
                        Enum.Parse<EmpowermentMode>(entry.Mode), entry.Batch, DateOnly.Parse(entry.PlannedDate), entry.CountersignRequired), clock.Now);
                }
                catch (PlatformProblem problem)
                {
                    throw new InvalidOperationException($"The empowerment seed of region {regionCode} lists {entry.Matter}: {problem.Detail}", problem);
                }
            }

            await audit.AppendAsync(tx, new AuditEntry(regionCode, $"seed:{regionCode}", "empowerment.seeded", "empowerment", regionCode,
                new { Entries = seed.Entries.Count, Batches = seed.Batches.Count }), cancellationToken);
            return true;
        }, cancellationToken);
    }

    private static async Task WriteListsAsync(NpgsqlTransaction tx, Programme programme, ProgrammeSeed seed)
    {
        var connection = tx.Connection!;
        var region = programme.RegionCode;
        await connection.ExecuteAsync(
            """
            INSERT INTO empowerment.programmes (region_code, park_name, park_unit_code, approval_seal, agreement_template)
            VALUES (@RegionCode, @ParkName, @ParkUnitCode, @ApprovalSeal, @AgreementTemplate)
            """, programme, tx);
        foreach (var batch in seed.Batches)
            await connection.ExecuteAsync(
                "INSERT INTO empowerment.batches (region_code, number, name, kind, target_date) VALUES (@region, @Number, @Name, @Kind, @TargetDate::date)",
                new { region, batch.Number, batch.Name, batch.Kind, batch.TargetDate }, tx);
        foreach (var category in seed.ExcludedCategories)
            await connection.ExecuteAsync(
                "INSERT INTO empowerment.excluded_categories (region_code, code, name, keywords, reason) VALUES (@region, @Code, @Name, @keywords, @Reason)",
                new { region, category.Code, category.Name, keywords = category.Keywords.ToArray(), category.Reason }, tx);
        for (var i = 0; i < seed.NegativeList.Count; i++)
        {
            var item = seed.NegativeList[i];
            await connection.ExecuteAsync(
                """
                INSERT INTO empowerment.negative_list (region_code, ordinal, industry_codes, keywords, description, measure, basis)
                VALUES (@region, @ordinal, @codes, @keywords, @Description, @Measure, @Basis)
                """,
                new { region, ordinal = i + 1, codes = item.IndustryCodes.ToArray(), keywords = item.Keywords.ToArray(), item.Description, item.Measure, item.Basis },
                tx);
        }

        for (var i = 0; i < seed.Responsibilities.Count; i++)
        {
            var duty = seed.Responsibilities[i];
            await connection.ExecuteAsync(
                "INSERT INTO empowerment.responsibilities (region_code, ordinal, kind, subject, duty, basis) VALUES (@region, @ordinal, @Kind, @Subject, @Duty, @Basis)",
                new { region, ordinal = i + 1, duty.Kind, duty.Subject, duty.Duty, duty.Basis }, tx);
        }
    }
}
