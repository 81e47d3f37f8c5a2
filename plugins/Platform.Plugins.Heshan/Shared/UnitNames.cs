using Platform.Identity.Contracts;

namespace Platform.Plugins.Heshan.Shared;

/// <summary>Names of 鹤山's units by code, for views.</summary>
internal sealed class UnitNames(IOrganisationDirectory directory)
{
    public async Task<IReadOnlyDictionary<string, string>> AllAsync(CancellationToken cancellationToken) =>
        (await directory.UnitsAsync(HeshanModule.RegionCode, cancellationToken)).ToDictionary(u => u.Code, u => u.Name);

    public static string Of(IReadOnlyDictionary<string, string> names, string code) => names.TryGetValue(code, out var name) ? name : code;
}
