using Directory.Api.OpenReferral.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>The Open Referral UK 3.0 feed: anonymous, read-only open data.</summary>
public static class OpenReferralApi
{
    public const string BasePath = "/api/directory";

    public static IEndpointRouteBuilder MapOpenReferralApi(this IEndpointRouteBuilder app)
    {
        // Made once, at start: a standard file that cannot be read or extended stops the service here.
        var openApi = DirectoryOpenApi.Load(DirectoryOpenApi.StandardPath);
        var feed = app.MapGroup(BasePath).WithTags("Open Referral UK 3.0").AllowAnonymous();
        feed.MapGet("/", GetApiDetails);
        feed.MapGet("/openapi.json", () => TypedResults.Bytes(openApi, "application/json"));
        feed.MapGet("/services", ServiceEndpoints.List);
        feed.MapGet("/services/{id}", ServiceEndpoints.Get);
        feed.MapGet("/taxonomies", TaxonomyEndpoints.List);
        feed.MapGet("/taxonomies/{id}", TaxonomyEndpoints.Get);
        feed.MapGet("/taxonomy_terms", TaxonomyTermEndpoints.List);
        feed.MapGet("/taxonomy_terms/{id}", TaxonomyTermEndpoints.Get);
        feed.MapGet("/organizations", OrganizationEndpoints.List);
        feed.MapGet("/organizations/{id}", OrganizationEndpoints.Get);
        feed.MapGet("/service_at_locations", ServiceAtLocationEndpoints.List);
        feed.MapGet("/service_at_locations/{id}", ServiceAtLocationEndpoints.Get);
        return app;
    }

    private static Ok<ApiDetailsDocument> GetApiDetails(HttpRequest request) => TypedResults.Ok(new ApiDetailsDocument
    {
        Version = "HSDS-UK-3.0",
        Profile = "https://openreferraluk.org/specifications/3.0/",
        OpenapiUrl = $"{request.Scheme}://{request.Host}{BasePath}/openapi.json",
    });
}
