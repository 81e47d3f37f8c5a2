using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Submission;
using Platform.Kernel.Errors;

namespace Platform.Cases.Sharing;

/// <summary>
/// 数据共享: materials the calling module already holds from a shared source come first; then, for each material
/// shared data can stand for and the applicant did not hand in, asks the exchanges (province e-licence library,
/// other departments) and keeps the first match; those materials are never asked for.
/// </summary>
internal sealed class SharedMaterials(IEnumerable<IELicenceExchange> exchanges)
{
    public async Task<IReadOnlyDictionary<string, SharedMaterialMatch>> FindAsync(MatterTerms matter, SubmitCaseCommand command,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, SharedMaterialMatch>();
        var handedIn = command.Materials.Select(m => m.MaterialCode).ToHashSet();
        foreach (var (code, match) in command.Shared ?? new Dictionary<string, SharedMaterialMatch>())
        {
            if (matter.Materials.All(m => m.Code != code))
                throw PlatformProblem.Invalid("case.material.unknown", $"shared.{code}", $"事项“{matter.Name}”没有编码为 {code} 的材料。");
            if (!handedIn.Contains(code)) found[code] = match;
        }

        foreach (var material in matter.Materials.Where(m => m.Shareable && !handedIn.Contains(m.Code) && !found.ContainsKey(m.Code)))
        {
            var request = new SharedMaterialRequest(command.RegionCode, command.Applicant.Kind, command.Applicant.Id, command.Applicant.Name,
                command.Applicant.EnterpriseCode, material.Name, material.Source.ToString(), material.ELicenceType, material.Issuer);
            foreach (var exchange in exchanges)
            {
                if (await exchange.FindAsync(request, cancellationToken) is not { } match) continue;
                found[material.Code] = match;
                break;
            }
        }

        return found;
    }
}
