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
        var entries = configuration.GetSection(Section).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            // Walk back through every trusted hop to the first address that is not one.
            options.ForwardLimit = null;
            foreach (var entry in entries.Select(e => e.Trim()).Where(e => e.Length > 0))
            {
                if (entry.Contains('/') && System.Net.IPNetwork.TryParse(entry, out var network)) options.KnownIPNetworks.Add(network);
                else if (IPAddress.TryParse(entry, out var address)) options.KnownProxies.Add(address);
                else throw new InvalidOperationException($"{Section} 中的 \"{entry}\" 不是 IP 地址或网段 / is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24).");
            }
        });
        return services;
    }
}
