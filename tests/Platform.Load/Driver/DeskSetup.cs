using System.Text.Json;

namespace Platform.Load.Driver;

/// <summary>
/// Signs in a region's demo clerk and applicants, and finds a published matter whose case goes from submission to a
/// decision over the API (the first of the catalogue's matters that does), with a reviewer created in its handling unit.
/// </summary>
internal sealed class DeskSetup(PlatformClient client)
{
    public static readonly string[] DemoRegions = ["440784", "320903", "210300", "430600", "430682"];

    public async Task<RegionDesk?> PrepareAsync(string region, TextWriter log)
    {
        var admin = await client.StaffTokenAsync($"{region}-admin");
        var clerkToken = await client.StaffTokenAsync($"{region}-clerk");
        var clerk = new Submitter(clerkToken, await client.UploadAsync(clerkToken), true);
        var applicants = new List<Submitter>();
        foreach (var identifier in new[] { $"139{region}01", $"91{region}MA0DEMO01X" })
        {
            var token = await client.ApplicantTokenAsync(identifier);
            applicants.Add(new Submitter(token, await client.UploadAsync(token), false));
        }

        var matters = await client.SendAsync("setup", HttpMethod.Get, $"/api/v1/regions/{region}/matters?pageSize=20", null);
        var reviewers = new Dictionary<string, string>();
        foreach (var matter in matters.GetProperty("items").EnumerateArray().Take(8))
        {
            var code = matter.GetProperty("code").GetString()!;
            var requirements = await client.SendAsync("setup", HttpMethod.Get, $"/api/v1/cases/requirements?region={region}&matter={code}", null);
            var materials = RegionDesk.MaterialsOf(requirements);
            var name = matter.GetProperty("name").GetString()!;
            var probe = new RegionDesk(region, code, matter.GetProperty("versionId").GetGuid(), name, name[..Math.Min(2, name.Length)],
                materials.Where(m => m.Required).Select(m => m.Code).ToList(), materials, clerk, applicants, reviewers, "");
            try
            {
                var submitted = await client.SendAsync("setup", HttpMethod.Post, "/api/v1/cases", clerk.Token, probe.Submission(clerk),
                    idempotencyKey: Guid.NewGuid().ToString("N"));
                var unit = submitted.GetProperty("case").GetProperty("handlingUnitCode").GetString()!;
                await new Journeys(client).HandleAsync(clerk.Token, async reviewUnit =>
                {
                    if (!reviewers.TryGetValue(reviewUnit, out var reviewer))
                        reviewers[reviewUnit] = reviewer = await CreateReviewerAsync(admin, region, reviewUnit);
                    return reviewer;
                }, submitted);
                var desk = probe with { HandlingUnitCode = unit };
                log.WriteLine($"  {region}: {code} {name} (unit {unit}, {desk.RequiredMaterials.Count} of {materials.Count} materials required)");
                return desk;
            }
            catch (LoadRequestException error)
            {
                log.WriteLine($"  {region}: {code} skipped: {error.Message}");
            }
        }

        return null;
    }

    private async Task<string> CreateReviewerAsync(string admin, string region, string unitCode)
    {
        for (var page = 1; page <= 10; page++)
        {
            var units = await client.SendAsync("setup", HttpMethod.Get, $"/api/v1/identity/units?region={region}&page={page}&pageSize=100", admin);
            var items = units.GetProperty("items").EnumerateArray().ToList();
            if (items.FirstOrDefault(u => u.GetProperty("code").GetString() == unitCode) is { ValueKind: JsonValueKind.Object } unit)
            {
                var account = $"load-{region}-{unitCode}"[..Math.Min(30, $"load-{region}-{unitCode}".Length)];
                try
                {
                    await client.SendAsync("setup", HttpMethod.Post, "/api/v1/identity/users", admin, new
                    {
                        account, displayName = "压测审查员", password = PlatformClient.Password, unitId = unit.GetProperty("id").GetGuid(),
                        roles = new[] { "DepartmentReviewer", "DepartmentLeader" },
                    });
                }
                catch (LoadRequestException taken) when (taken.Status == 409)
                {
                    // An earlier run against the same deployment (--url) created this reviewer; it signs in as before.
                }

                return await client.StaffTokenAsync(account);
            }

            if (items.Count < 100) break;
        }

        throw new LoadRequestException("setup", 404, $"unit {unitCode} not found in region {region}");
    }
}
