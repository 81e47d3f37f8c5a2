using Platform.Catalogue.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Catalogue.Api;

/// <summary>Reads list query strings; a bad value is a 400 naming the parameter.</summary>
internal static class QueryParsing
{
    public static MatterQuery Matters(string? q, string? department, string? type, string? onlineDepth, int? page, int? pageSize)
    {
        if (pageSize is < 1 or > MatterQuery.MaxPageSize)
            throw PlatformProblem.Invalid("catalogue.query.page_size", "pageSize", $"每页条数须在 1 至 {MatterQuery.MaxPageSize} 之间");
        if (page is < 1) throw PlatformProblem.Invalid("catalogue.query.page", "page", "页码须从 1 开始");
        return new MatterQuery(q, department, Parse<MatterType>(type, "type", "事项类型"), Parse<OnlineDepth>(onlineDepth, "onlineDepth", "网办深度"),
            page ?? 1, pageSize ?? 20);
    }

    private static TEnum? Parse<TEnum>(string? text, string field, string label) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw PlatformProblem.Invalid("catalogue.query.unknown_value", field, $"{label}“{text}”无效，可选：{string.Join("、", Enum.GetNames<TEnum>())}");
    }
}
