using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;
using Platform.Kernel.Time;

namespace Platform.Identity.Security;

/// <summary>Keeps the ASP.NET Data Protection key ring in <c>identity.data_protection_keys</c>, so cookies and antiforgery tokens work on every host.</summary>
internal sealed class DatabaseXmlRepository(NpgsqlDataSource dataSource, IClock clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = dataSource.OpenConnection();
        return connection.Query<string>("SELECT xml FROM identity.data_protection_keys ORDER BY created_at")
            .Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = dataSource.OpenConnection();
        connection.Execute(
            "INSERT INTO identity.data_protection_keys (friendly_name, xml, created_at) VALUES (@friendlyName, @xml, @now) ON CONFLICT (friendly_name) DO NOTHING",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), now = clock.Now });
    }
}
