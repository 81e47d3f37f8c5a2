using Dapper;
using Platform.Bundles.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Seeding;
using Platform.Projects.Categories;
using Platform.Projects.Contracts;
using Platform.Projects.Credit;
using Platform.Projects.Intermediaries;

namespace Platform.Projects.Seeding;

/// <summary>
/// Writes a plugin's project programme once; afterwards the region's admins own it. A category's whole-chain cap comes
/// from the region's published chain caps (<see cref="IChainCaps"/>, e.g. 岳阳's 49 to 70 working days) when they name
/// the category, otherwise from the YAML's <c>chainCapDays</c>.
/// </summary>
internal sealed class ProjectSeeder(ITransactionRunner transactions, IAuditTrail audit, CreditRegister credit, IEnumerable<IChainCaps> chainCaps,
    IntermediaryMatterStore intermediaryMatters)
    : IProjectSeeder
{
    public async Task SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken)
    {
        var seed = EmbeddedYaml.Parse<ProjectSeed>(yaml, $"project seed of {regionCode}");
        await transactions.RunAsync(async tx =>
        {
            if (await tx.Connection!.ExecuteScalarAsync<bool>(
                    "SELECT EXISTS (SELECT 1 FROM projects.categories WHERE region_code = @regionCode)", new { regionCode }, tx)) return false;
            var caps = chainCaps.SelectMany(c => c.For(regionCode)).ToDictionary(c => c.Category, c => c.WorkingDays);
            for (var i = 0; i < seed.Categories.Count; i++)
            {
                var category = seed.Categories[i];
                StageTemplateRules.Check(category.Name, category.Stages);
                var cap = caps.GetValueOrDefault(category.Code, category.ChainCapDays);
                if (cap <= 0) throw new InvalidOperationException($"Category {category.Name} of {regionCode} has no chain cap in its YAML or the region's chain caps.");
                await CategoryStore.AddAsync(tx, new ProjectCategory(regionCode, category.Code, category.Name, i + 1, category.IndustryCode, cap, category.Stages,
                    category.SimulatedApproval));
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
