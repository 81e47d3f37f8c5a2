using Platform.Kernel.Errors;

namespace Platform.Cases.Files;

/// <summary>
/// The first bytes each accepted type starts with: a client's word for a file's type is not taken (an executable named
/// x.png with type image/png is refused). OFD is a ZIP container (GB/T 33190), so it starts as every ZIP does.
/// </summary>
internal static class FileSignature
{
    private static readonly Dictionary<string, byte[]> Starts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["application/ofd"] = [0x50, 0x4B, 0x03, 0x04],
    };

    /// <summary>How many leading bytes <see cref="Require"/> needs to see.</summary>
    public const int Length = 8;

    public static void Require(string contentType, ReadOnlySpan<byte> head)
    {
        if (!Starts.TryGetValue(contentType, out var start) || !head.StartsWith(start))
            throw new PlatformProblem(415, "case.file.content_mismatch", "文件内容与类型不符",
                $"文件内容不是所声明的类型 {contentType}：只接受真实的 PDF、OFD、JPEG、PNG 文件。")
            {
                Errors = new Dictionary<string, string[]> { ["file"] = ["文件内容与所声明的类型不符。"] },
            };
    }
}
