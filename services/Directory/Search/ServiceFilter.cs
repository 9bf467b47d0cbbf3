using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search;

/// <summary>
/// The ORUK filters on services, shared by <c>/services</c> and <c>/service_at_locations</c>. They are
/// cumulative, as the standard requires: a service must pass every one that is given.
/// </summary>
public sealed record ServiceFilter
{
    public string? Text { get; init; }
    public Guid? TaxonomyTermId { get; init; }
    public Guid? TaxonomyId { get; init; }
    public Guid? OrganizationId { get; init; }
    public DateTime? ModifiedAfter { get; init; }

    public bool IsEmpty => this == new ServiceFilter();

    public static ServiceFilter Read(QueryReader reader) => new()
    {
        Text = reader.Text("search", maxLength: 200),
        TaxonomyTermId = reader.Guid("taxonomy_term_id"),
        TaxonomyId = reader.Guid("taxonomy_id"),
        OrganizationId = reader.Guid("organization_id"),
        ModifiedAfter = reader.DateTime("modified_after"),
    };

    public IQueryable<Service> Apply(IQueryable<Service> services)
    {
        if (Text is { } text)
        {
            var pattern = LikePattern.Containing(text);
            services = services.Where(s =>
                EF.Functions.Like(s.Name.ToLower(), pattern, LikePattern.Escape) ||
                EF.Functions.Like(s.Description!.ToLower(), pattern, LikePattern.Escape) ||
                s.Attributes.Any(a => EF.Functions.Like(a.TaxonomyTerm.Name.ToLower(), pattern, LikePattern.Escape)));
        }

        if (TaxonomyTermId is { } termId)
        {
            services = services.Where(s => s.Attributes.Any(a => a.TaxonomyTermId == termId));
        }

        if (TaxonomyId is { } taxonomyId)
        {
            services = services.Where(s => s.Attributes.Any(a => a.TaxonomyTerm.TaxonomyId == taxonomyId));
        }

        if (OrganizationId is { } organizationId)
        {
            services = services.Where(s => s.OrganizationId == organizationId);
        }

        if (ModifiedAfter is { } modifiedAfter)
        {
            services = services.Where(s => s.LastModified >= modifiedAfter);
        }

        return services;
    }
}
