namespace Platform.Plugins.Yandu.NoFace;

/// <summary>The answer to publishing the no-face list: how many entries it now holds.</summary>
internal sealed record NoFaceListPublished(int Entries);
