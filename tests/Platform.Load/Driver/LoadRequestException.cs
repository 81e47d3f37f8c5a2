namespace Platform.Load.Driver;

/// <summary>The platform answered an operation with a non-2xx status.</summary>
internal sealed class LoadRequestException(string operation, int status, string body)
    : Exception($"{operation} answered {status}: {(body.Length > 300 ? body[..300] : body)}")
{
    public int Status { get; } = status;
}
