using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Submission;

namespace Platform.Cases.Sharing;

/// <summary>
/// 数据共享: for each material shared data can stand for and the applicant did not hand in, asks the exchanges
/// (province e-licence library, other departments) and keeps the first match; those materials are never asked for.
/// </summary>
internal sealed class SharedMaterials(IEnumerable<IELicenceExchange> exchanges)
{
    public async Task<IReadOnlyDictionary<string, SharedMaterialMatch>> FindAsync(MatterTerms matter, SubmitCaseCommand command,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, SharedMaterialMatch>();
        var handedIn = command.Materials.Select(m => m.MaterialCode).ToHashSet();
        foreach (var material in matter.Materials.Where(m => m.Shareable && !handedIn.Contains(m.Code)))
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
