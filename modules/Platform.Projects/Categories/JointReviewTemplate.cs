namespace Platform.Projects.Categories;

/// <summary>
/// A joint review a stage holds as one step (联合审图: fire, civil defence, technical defence, lightning; 联合验收):
/// its kind (<c>drawing</c> or <c>acceptance</c>), its name, the units that each give one opinion and its own limit.
/// </summary>
internal sealed class JointReviewTemplate
{
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Units { get; set; } = [];
    public int CommittedDays { get; set; }
}
