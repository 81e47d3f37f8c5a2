using Platform.Cases.Contracts;

namespace Platform.Cases.Files;

/// <summary>Uploads from other modules, through the same store and checks as the file API.</summary>
internal sealed class CaseFiles(FileStore store) : ICaseFiles
{
    public Task<StoredFile> SaveAsync(Stream content, string fileName, string contentType, string uploadedBy, CancellationToken cancellationToken) =>
        store.SaveAsync(content, fileName, contentType, uploadedBy, cancellationToken);
}
