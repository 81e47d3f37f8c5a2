using Npgsql;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Projects.Api;

namespace Platform.Projects.Register;

/// <summary>
/// The projects a caller may list, a page at a time: an enterprise applicant its own (in one region or all),
/// staff their own region's. The API and the list page both ask here.
/// </summary>
internal sealed class ProjectListing(NpgsqlDataSource dataSource, ICurrentActor current, ProjectAccess access)
{
    public async Task<Paged<ProjectRow>> PageAsync(string? region, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = Paged<ProjectRow>.Clamp(page, pageSize);
        string? enterprise = null;
        if (access.IsEnterpriseApplicant) enterprise = access.EnterpriseCode;
        else
        {
            region ??= current.RegionCode ?? throw PlatformProblem.Invalid("request.field_invalid", "region", "请给出地区编码。");
            if (current.RegionCode != region) throw PlatformProblem.Forbidden("identity.forbidden", "无权查看该地区的项目。");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (items, total) = await ProjectStore.PageAsync(connection, region, enterprise, number, size);
        return new Paged<ProjectRow>(items, number, size, total);
    }
}
