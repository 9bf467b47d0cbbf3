using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Editing;

/// <summary>A service's document as a write (or read) answers it: its version as the ETag, and where it is when just created.</summary>
public sealed class ServiceDocumentResult(ServiceDocument document, int version, int statusCode = StatusCodes.Status200OK, string? location = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.ETag = EntityTag.Of(version);
        if (location is not null)
        {
            httpContext.Response.Headers.Location = location;
        }

        await TypedResults.Json(document, statusCode: statusCode).ExecuteAsync(httpContext);
    }

    public static ServiceDocumentResult Of(StoredService service, int statusCode = StatusCodes.Status200OK, string? location = null) =>
        new(service.Document, service.Version, statusCode, location);
}
