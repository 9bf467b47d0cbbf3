using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>The Open Referral UK 3.0 feed: anonymous, read-only open data.</summary>
public static class OpenReferralApi
{
    public const string BasePath = "/api/directory";

    public static IEndpointRouteBuilder MapOpenReferralApi(this IEndpointRouteBuilder app)
    {
        var feed = app.MapGroup(BasePath).WithTags("Open Referral UK 3.0").AllowAnonymous();
        feed.MapGet("/", GetApiDetails);
        feed.MapGet("/openapi.json", GetOpenApi);
        feed.MapGet("/services", ListServices);
        feed.MapGet("/services/{id}", GetService);
        return app;
    }

    private static Ok<ApiDetailsDocument> GetApiDetails(HttpRequest request) => TypedResults.Ok(new ApiDetailsDocument
    {
        Version = "HSDS-UK-3.0",
        Profile = "https://openreferraluk.org/specifications/3.0/",
        OpenapiUrl = $"{request.Scheme}://{request.Host}{BasePath}/openapi.json",
    });

    /// <summary>The ORUK 3.0 OpenAPI description this feed conforms to, shipped with the service.</summary>
    private static PhysicalFileHttpResult GetOpenApi() =>
        TypedResults.PhysicalFile(Path.Combine(AppContext.BaseDirectory, "OpenReferral", "oruk-3.0-openapi.json"), "application/json");

    private static async Task<Results<Ok<PageDocument<ServiceDocument>>, ValidationProblem>> ListServices(
        HttpRequest request, ServiceSearch search, CancellationToken cancellationToken)
    {
        if (!ServiceQuery.TryParse(request.Query, out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The search could not be run: fix the parameters named.");
        }

        var (page, total) = await search.FindAsync(query, cancellationToken);
        return TypedResults.Ok(PageDocument<ServiceDocument>.Of(page.Select(s => s.ToDocument()).ToList(), total, query.Page));
    }

    private static async Task<Results<Ok<ServiceDocument>, ValidationProblem, ProblemHttpResult>> GetService(
        string id, ServiceSearch search, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var serviceId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["'id' must be a UUID."] });
        }

        var service = await search.FindByIdAsync(serviceId, cancellationToken);
        return service is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No service has this id.", detail: $"Service {serviceId} is not in the directory.")
            : TypedResults.Ok(service.ToDocument());
    }
}
