namespace Platform.Kernel.Database;

/// <summary>Lets Dapper map snake_case columns onto PascalCase members, so SQL stays idiomatic PostgreSQL.</summary>
public static class DapperConventions
{
    public static void Apply() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
}
