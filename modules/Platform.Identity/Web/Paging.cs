using Platform.Kernel.Database;
using Platform.Kernel.Errors;

namespace Platform.Identity.Web;

/// <summary>Server-side paging: <c>?page=</c> from 1, <c>?pageSize=</c> from 1 to 100 (default 20).</summary>
internal sealed record Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 100;

    public long Offset => Pages.Offset(Page, PageSize);

    public static Paging From(int? page, int? pageSize)
    {
        if (page is < 1) throw PlatformProblem.Invalid("request.paging.invalid", "page", "页码须为不小于 1 的整数。");
        if (pageSize is < 1 or > MaxPageSize)
            throw PlatformProblem.Invalid("request.paging.invalid", "pageSize", $"每页条数须在 1 到 {MaxPageSize} 之间。");
        return new Paging(page ?? 1, pageSize ?? 20);
    }
}
