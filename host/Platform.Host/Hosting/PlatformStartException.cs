namespace Platform.Host.Hosting;

/// <summary>The platform cannot start as configured; the message says what to fix.</summary>
public sealed class PlatformStartException(string message, Exception? inner = null) : Exception(message, inner);
