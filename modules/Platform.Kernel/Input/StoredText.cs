using Platform.Kernel.Errors;

namespace Platform.Kernel.Input;

/// <summary>
/// What text the platform stores: anything but control characters (tab, carriage return and line feed aside) and the
/// noncharacters U+FFFE and U+FFFF. PostgreSQL refuses U+0000 in text and jsonb, so such a string failed deep inside a
/// write; the host refuses it where a request is read (JSON bodies, query strings, paths, posted forms), once for all.
/// </summary>
public static class StoredText
{
    public const string Code = "request.control_character";

    public static bool Refuses(char character) =>
        character is '\uFFFE' or '\uFFFF' || (char.IsControl(character) && character is not ('\t' or '\r' or '\n'));

    public static bool Refuses(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
            if (Refuses(character)) return true;
        return false;
    }

    /// <summary>The refusal, naming the field (a JSON path such as <c>$.applicant.name</c>, or a parameter).</summary>
    public static PlatformProblem Problem(string field) =>
        PlatformProblem.Invalid(Code, field, "不能包含控制字符（如 U+0000），制表、回车和换行除外。");
}
