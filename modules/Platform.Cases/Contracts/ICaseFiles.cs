namespace Platform.Cases.Contracts;

/// <summary>Keeps an uploaded material file for other modules (a bundle wizard uploads once for several member cases).</summary>
public interface ICaseFiles
{
    /// <summary>Stores the file as owned by <paramref name="uploadedBy"/>; only that owner may then cite it in a submission.</summary>
    Task<StoredFile> SaveAsync(Stream content, string fileName, string contentType, string uploadedBy, CancellationToken cancellationToken);
}
