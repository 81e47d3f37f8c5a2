namespace Platform.Kernel.Database;

/// <summary>Paged reads: how many rows come before a page.</summary>
public static class Pages
{
    /// <summary>The rows before page <paramref name="page"/> (from 1), in 64 bits: a page number a 32-bit integer holds
    /// times the page size does not fit in one, and a wrapped offset made PostgreSQL refuse the query.</summary>
    public static long Offset(int page, int pageSize) => (long)(page - 1) * pageSize;
}
