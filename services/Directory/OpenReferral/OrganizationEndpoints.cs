using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>ORUK <c>/organizations</c> and <c>/organizations/{id}</c>.</summary>
public static class OrganizationEndpoints
{
    /// <summary>A page of organisations: their own fields by default; <c>full</c> and <c>full_service</c> nest more.</summary>
    public static async Task<Results<Ok<PageDocument<OrganizationDocument>>, ValidationProblem>> List(
        HttpRequest request, OrganizationSearch search, CancellationToken cancellationToken)
    {
        if (!OrganizationQuery.TryParse(request.Query, out var query, out var errors))
        {
            return FeedProblems.Invalid(errors);
        }

        var (page, total) = await search.FindAsync(query, cancellationToken);
        var contents = page.Select(organization => organization.ToDocument(query.Detail)).ToList();
        return TypedResults.Ok(PageDocument<OrganizationDocument>.Of(contents, total, query.Page));
    }

    /// <summary>One organisation, fully nested, listing its services by their own fields unless <c>full_service</c> asks for all.</summary>
    public static async Task<Results<Ok<OrganizationDocument>, ValidationProblem, ProblemHttpResult>> Get(
        string id, HttpRequest request, OrganizationSearch search, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(request.Query);
        var detail = OrganizationQuery.OrganizationDetailOf(full: true, reader.Boolean("full_service"));
        if (!Guid.TryParse(id, out var organizationId))
        {
            reader.Reject("id", "'id' must be a UUID.");
        }

        if (!reader.IsValid)
        {
            return FeedProblems.Invalid(reader.Errors);
        }

        var organization = await search.FindByIdAsync(organizationId, detail, cancellationToken);
        return organization is null
            ? FeedProblems.NotFound("organization", organizationId)
            : TypedResults.Ok(organization.ToDocument(detail));
    }
}
