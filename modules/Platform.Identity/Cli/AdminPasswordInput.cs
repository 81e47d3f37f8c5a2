namespace Platform.Identity.Cli;

/// <summary>
/// Where <c>admin create</c> takes the new administrator's password from: the environment variable
/// <c>PLATFORM_ADMIN_PASSWORD</c> when set, else one line of standard input (typed without echo at a terminal).
/// Never the command line, which other users of the machine see in the process list and the shell keeps in its history.
/// </summary>
internal sealed class AdminPasswordInput(Func<string, string?> environment, Func<string?> readLine)
{
    public const string Variable = "PLATFORM_ADMIN_PASSWORD";

    public static AdminPasswordInput FromProcess() =>
        new(Environment.GetEnvironmentVariable, () => Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden());

    public string? Read() => environment(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment : readLine();

    private static string ReadHidden()
    {
        Console.Error.Write("新管理员的密码 / password of the new admin: ");
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) typed.Length = Math.Max(0, typed.Length - 1);
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}
