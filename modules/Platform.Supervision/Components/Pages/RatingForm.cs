namespace Platform.Supervision.Components.Pages;

/// <summary>What the rating page posts: the level (1 非常满意 … 5 非常不满意), a comment, and a key fixed when the form was shown.</summary>
internal sealed class RatingForm
{
    public int? Level { get; set; }
    public string? Comment { get; set; }
    public string? Key { get; set; }
}
