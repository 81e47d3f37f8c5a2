using Platform.Plugins.Heshan.Contracts;

namespace Platform.Plugins.Heshan.Policies;

/// <summary>An enterprise's data as entered on the calculator page or through the API.</summary>
internal sealed record EnterpriseDataRequest(string? Name, EnterpriseData? Data);
