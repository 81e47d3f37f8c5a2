using Microsoft.Extensions.Configuration;

namespace Platform.Kernel.Modularity;

/// <summary>What the host tells a module about where it runs. <see cref="ConfigDirectory"/> holds calendars/ and deployments/.</summary>
public sealed record ModuleContext(Deployment Deployment, IConfiguration Configuration, string ConfigDirectory);
