using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Api;

/// <summary>A matter's guide (办事指南) for applicants: the version in force and the name of its implementing body.</summary>
internal sealed record MatterGuide(MatterVersion Version, string DepartmentName);
