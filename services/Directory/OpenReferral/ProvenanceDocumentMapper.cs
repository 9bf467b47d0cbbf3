using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.OpenReferral;

public static class ProvenanceDocumentMapper
{
    public static ProvenanceDocument ToDocument(this Provenance provenance) => new()
    {
        SourceFeed = provenance.SourceFeed,
        SourceLastModified = provenance.SourceLastModified is { } modified ? DateTime.SpecifyKind(modified, DateTimeKind.Utc) : null,
        ImportedAt = DateTime.SpecifyKind(provenance.ImportedAt, DateTimeKind.Utc),
    };
}
