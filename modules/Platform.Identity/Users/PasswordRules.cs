using Platform.Kernel.Errors;

namespace Platform.Identity.Users;

/// <summary>The one password rule of the platform: at least 10 characters, with a letter and a digit.</summary>
internal static class PasswordRules
{
    public const string Rule = "密码至少 10 位，且须同时包含字母和数字。";

    public static bool IsAcceptable(string? password) =>
        password is { Length: >= 10 and <= 128 } && password.Any(char.IsLetter) && password.Any(char.IsDigit);

    public static void Demand(string? password)
    {
        if (!IsAcceptable(password)) throw PlatformProblem.Invalid("identity.user.password_weak", "password", Rule);
    }
}
