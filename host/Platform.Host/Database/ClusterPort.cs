using System.Net;
using System.Net.Sockets;

namespace Platform.Host.Database;

/// <summary>
/// The cluster's port, kept in its postgresql.conf: the same port on every start, whoever starts it (the host, a verb,
/// or an operator's <c>pg_ctl start</c>), so connection strings handed out before stay valid. A new port is chosen only
/// when the kept one is taken by something else.
/// </summary>
internal static class ClusterPort
{
    private const string Marker = "# platform: the embedded cluster's port";

    public static int Choose(string clusterDirectory)
    {
        var kept = Kept(clusterDirectory);
        if (kept is { } port && IsFree(port)) return port;
        var chosen = FreePort();
        Keep(clusterDirectory, chosen);
        return chosen;
    }

    private static int? Kept(string clusterDirectory) =>
        File.ReadLines(Conf(clusterDirectory)).Where(l => l.EndsWith(Marker, StringComparison.Ordinal))
            .Select(l => int.TryParse(l.Split('=', '#')[1].Trim(), out var port) ? port : (int?)null).LastOrDefault();

    private static void Keep(string clusterDirectory, int port)
    {
        var conf = Conf(clusterDirectory);
        var lines = File.ReadAllLines(conf).Where(l => !l.EndsWith(Marker, StringComparison.Ordinal)).Append($"port = {port} {Marker}");
        File.WriteAllLines(conf, lines);
    }

    private static string Conf(string clusterDirectory) => Path.Combine(clusterDirectory, "postgresql.conf");

    private static bool IsFree(int port)
    {
        try
        {
            // As PostgreSQL binds: connections of the last run lingering in TIME_WAIT do not make the port taken.
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
