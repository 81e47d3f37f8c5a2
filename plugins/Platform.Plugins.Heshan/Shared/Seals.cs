using System.Security.Cryptography;
using System.Text;

namespace Platform.Plugins.Heshan.Shared;

/// <summary>
/// The e-seal reference a unit's answer carries (电子印章): the unit's seal, bound to what it sealed by a
/// digest, so a changed answer no longer matches its seal.
/// </summary>
internal static class Seals
{
    public static string Of(string unitCode, string subject, string content)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{subject}\n{content}")))[..16];
        return $"ESEAL:{HeshanModule.RegionCode}:{unitCode}:{digest}";
    }
}
