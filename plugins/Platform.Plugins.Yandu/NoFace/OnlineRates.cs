using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Kernel.Time;

namespace Platform.Plugins.Yandu.NoFace;

/// <summary>
/// The 80% online target read both ways, each named. The programme counts matters: "实现80%的审批服务事项'网上办'" — the share of the
/// published matters that can be applied for online (网上申请 or deeper), as of the latest published list. The platform counts cases:
/// the share of applications received online in a period. Neither stands for the other.
/// </summary>
internal sealed class OnlineRates(NpgsqlDataSource dataSource, IChannelCounts channels)
{
    public const decimal Target = 0.8m;

    public static bool CanBeDoneOnline(MatterDefinition matter) => matter.OnlineDepth >= OnlineDepth.OnlineApplication;

    public async Task<OnlineRateView> OfAsync(string regionCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var matters = await connection.QuerySingleOrDefaultAsync<(int? Total, int? Online)>(
            "SELECT matters_total, matters_online FROM yandu.no_face_lists WHERE region_code = @regionCode ORDER BY published_at DESC LIMIT 1",
            new { regionCode });
        var cases = await channels.CountAsync(regionCode, BusinessTime.StartOf(from), BusinessTime.StartOf(to.AddDays(1)), cancellationToken);
        return new OnlineRateView(from, to,
            Rate("matters", "事项网办率（方案口径）", "可网上申请（网办深度二级及以上）的事项数 / 已公布事项总数，按最新公布的清单", matters.Online ?? 0, matters.Total ?? 0),
            Rate("cases", "办件网上受理率（平台口径）", "统计期内网上提交的办件数 / 全部办件数", cases.Online, cases.All));
    }

    private static RateView Rate(string code, string name, string basis, long part, long whole)
    {
        decimal? share = whole == 0 ? null : Math.Round((decimal)part / whole, 4);
        return new RateView(code, name, basis, part, whole, share, Target, share is null ? null : share >= Target);
    }
}

/// <summary>Both readings of the online target over a period.</summary>
internal sealed record OnlineRateView(DateOnly From, DateOnly To, RateView Matters, RateView Cases);

/// <summary>One named reading: what it counts, the two numbers, the share (null when nothing was counted), the target and whether it is met.</summary>
internal sealed record RateView(string Code, string Name, string Basis, long Part, long Whole, decimal? Share, decimal Target, bool? Met);
