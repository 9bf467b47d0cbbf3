namespace Directory.Api.Model;

/// <summary>
/// ORUK 3.0's language row carries only its links; which language it is travels as an
/// <c>ncp-language</c> attribute on the service.
/// </summary>
public sealed class Language
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
}
