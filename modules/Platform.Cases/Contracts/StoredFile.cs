namespace Platform.Cases.Contracts;

/// <summary>An uploaded material file, kept by its SHA-256.</summary>

public sealed record StoredFile(Guid Id, string Sha256, long SizeBytes, string ContentType, string FileName, DateTimeOffset UploadedAt);
