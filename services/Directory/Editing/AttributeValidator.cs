using Directory.Api.OpenReferral.Documents;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// An attribute names the taxonomy term it applies, by id or nested, once per record. Whether the term
/// exists is the <see cref="ReferenceResolver"/>'s question: it needs the database.
/// </summary>
public static class AttributeValidator
{
    public static void Validate(IReadOnlyList<AttributeDocument>? attributes, string ownerPath, ValidationErrors errors)
    {
        var terms = new HashSet<Guid>();
        for (var i = 0; i < (attributes?.Count ?? 0); i++)
        {
            var attribute = attributes![i];
            var path = FieldPath.Item(ownerPath, "attributes", i);
            RecordIds.RequireId(attribute.Id, path, errors);
            var termId = attribute.TaxonomyTerm?.Id ?? attribute.TaxonomyTermId;
            if (termId is not { } id || id == Guid.Empty)
            {
                errors.Add(FieldPath.Of(path, "taxonomy_term_id"), "Name the taxonomy term this attribute applies (taxonomy_term_id).");
            }
            else if (attribute.TaxonomyTermId is { } named && attribute.TaxonomyTerm is { } nested && named != nested.Id)
            {
                errors.Add(FieldPath.Of(path, "taxonomy_term_id"), "taxonomy_term_id and taxonomy_term.id name different terms.");
            }
            else if (!terms.Add(id))
            {
                errors.Add(FieldPath.Of(path, "taxonomy_term_id"), $"Term {id} is applied twice here; once is enough.");
            }
        }
    }
}
