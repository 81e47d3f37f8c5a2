using Dapper;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Seeding;
using Platform.Projects.Categories;
using Platform.Projects.Contracts;
using Platform.Projects.Credit;
using Platform.Projects.Intermediaries;

namespace Platform.Projects.Seeding;

/// <summary>Writes a plugin's project programme once; afterwards the region's admins own it.</summary>
internal sealed class ProjectSeeder(ITransactionRunner transactions, IAuditTrail audit, CreditRegister credit, IntermediaryMatterStore intermediaryMatters)
    : IProjectSeeder
{
    public async Task SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken)
    {
        var seed = EmbeddedYaml.Parse<ProjectSeed>(yaml, $"project seed of {regionCode}");
        await transactions.RunAsync(async tx =>
        {
            if (await tx.Connection!.ExecuteScalarAsync<bool>(
                    "SELECT EXISTS (SELECT 1 FROM projects.categories WHERE region_code = @regionCode)", new { regionCode }, tx)) return false;
            for (var i = 0; i < seed.Categories.Count; i++)
            {
                var category = seed.Categories[i];
                StageTemplateRules.Check(category.Name, category.Stages);
                await CategoryStore.AddAsync(tx, new ProjectCategory(regionCode, category.Code, category.Name, i + 1, category.IndustryCode,
                    category.ChainCapDays, category.Stages));
            }

            foreach (var entry in seed.CreditList)
                await credit.ListAsync(tx, regionCode, entry.Subject, entry.Name, entry.List, entry.Reason, cancellationToken);
            foreach (var item in seed.Intermediaries)
                await IntermediaryStore.AddAsync(tx, regionCode, new Intermediary(item.Code, item.Name, item.Services, item.Qualification, item.Contact));
            await audit.AppendAsync(tx, new AuditEntry(regionCode, $"seed:{regionCode}", "projects.seeded", "projects", regionCode,
                new { Categories = seed.Categories.Count, Credit = seed.CreditList.Count, Intermediaries = seed.Intermediaries.Count }), cancellationToken);
            return true;
        }, cancellationToken);
        await intermediaryMatters.SeedAsync(regionCode, seed.IntermediaryMatters, cancellationToken);
    }
}
