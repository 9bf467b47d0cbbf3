namespace Directory.Api.Geography;

/// <summary>The geocoder could not answer (unreachable, an error, a reply it cannot read): not the postcode's fault, so a 503, not a 400.</summary>
public sealed class PostcodeGeocodingException : Exception
{
    public PostcodeGeocodingException(string message)
        : base(message)
    {
    }

    public PostcodeGeocodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
