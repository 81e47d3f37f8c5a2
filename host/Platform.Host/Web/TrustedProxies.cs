using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Platform.Host.Web;

/// <summary>
/// <c>Platform:TrustedProxies</c>: the reverse proxies (addresses such as <c>10.0.0.5</c>, or networks such as
/// <c>10.0.0.0/24</c>) whose X-Forwarded-For and X-Forwarded-Proto the host believes. From them the client's address
/// (for throttles and the security log) and https (for Secure cookies and HSTS) are taken; from anyone else, even
/// loopback, the headers are ignored. None are trusted unless configured.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "Platform:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        // Read now, so a mistyped entry stops the host at start rather than at its first request.
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in (configuration.GetSection(Section).Get<string[]>() ?? []).Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (entry.Contains('/') && System.Net.IPNetwork.TryParse(entry, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) proxies.Add(address);
            else throw new InvalidOperationException($"{Section} 中的 \"{entry}\" 不是 IP 地址或网段 / is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24).");
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With both lists empty the middleware would believe every peer, so no trusted proxy means no forwarded header at all.
            options.ForwardedHeaders = proxies.Count + networks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what the deployment lists.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
            // Walk back through every trusted hop to the first address that is not one.
            options.ForwardLimit = null;
        });
        return services;
    }
}
