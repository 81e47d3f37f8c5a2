using Dapper;
using Platform.Catalogue.Contracts;
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
internal sealed class EmpowermentSeeder(ITransactionRunner transactions, IAuditTrail audit, IClock clock, EntryStore entries, ICatalogue catalogue)
    : IEmpowermentSeeder
{
    public async Task SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken)
    {
        var seed = EmbeddedYaml.Parse<ProgrammeSeed>(yaml, $"empowerment seed of {regionCode}");
        var facts = new Dictionary<string, MatterFacts>();
        foreach (var entry in seed.Entries)
        {
            var matter = (await catalogue.InForceAsync(regionCode, entry.Matter, clock.Now, cancellationToken))?.Definition
                         ?? new MatterDefinition { Code = entry.Matter, Name = entry.Name, Department = entry.From };
            facts[entry.Matter] = MatterFactsOf.Of(matter, entry.Category, entry.From, entry.Keywords);
        }

        await transactions.RunAsync(async tx =>
        {
            if (await ProgrammeStore.FindAsync(tx.Connection!, tx, regionCode) is not null) return false;
            var programme = new Programme(regionCode, seed.ParkName, seed.ParkUnit, seed.ApprovalSeal, seed.AgreementTemplate, seed.EntryMatter,
                seed.Handover.RecordsDays, seed.Handover.AccessDays, seed.Handover.DayUnit);
            await WriteListsAsync(tx, programme, seed);
            foreach (var entry in seed.Entries)
            {
                try
                {
                    await entries.AddAsync(tx, programme, new NewEntry(entry.Matter, entry.Name, entry.Category, entry.Keywords, entry.From,
                        Enum.Parse<EmpowermentMode>(entry.Mode), entry.Batch, DateOnly.Parse(entry.PlannedDate), entry.CountersignRequired),
                        facts[entry.Matter], clock.Now);
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
            INSERT INTO empowerment.programmes (region_code, park_name, park_unit_code, approval_seal, agreement_template, entry_matter_code,
                records_days, access_days, day_unit)
            VALUES (@RegionCode, @ParkName, @ParkUnitCode, @ApprovalSeal, @AgreementTemplate, @EntryMatterCode, @RecordsDays, @AccessDays, @DayUnit)
            """, programme, tx);
        foreach (var batch in seed.Batches)
            await connection.ExecuteAsync(
                "INSERT INTO empowerment.batches (region_code, number, name, kind, target_date) VALUES (@region, @Number, @Name, @Kind, @TargetDate::date)",
                new { region, batch.Number, batch.Name, batch.Kind, batch.TargetDate }, tx);
        foreach (var category in seed.ExcludedCategories)
            await connection.ExecuteAsync(
                """
                INSERT INTO empowerment.excluded_categories (region_code, code, name, keywords, reason, departments, matter_codes)
                VALUES (@region, @Code, @Name, @keywords, @Reason, @departments, @matterCodes)
                """,
                new
                {
                    region, category.Code, category.Name, keywords = category.Keywords.ToArray(), category.Reason,
                    departments = category.Departments.ToArray(), matterCodes = category.MatterCodes.ToArray(),
                }, tx);
        foreach (var enterprise in seed.ParkArea.Enterprises)
            await connection.ExecuteAsync(
                "INSERT INTO empowerment.park_enterprises (region_code, credit_code, name) VALUES (@region, @CreditCode, @Name)",
                new { region, enterprise.CreditCode, enterprise.Name }, tx);
        foreach (var parcel in seed.ParkArea.Parcels)
            await connection.ExecuteAsync(
                "INSERT INTO empowerment.park_parcels (region_code, code, name) VALUES (@region, @Code, @Name)", new { region, parcel.Code, parcel.Name }, tx);
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
