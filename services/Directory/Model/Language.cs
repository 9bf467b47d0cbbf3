namespace Directory.Api.Model;

/// <summary>
/// ORUK 3.0's language row carries only its links: to a service, or to a phone line answered in it.
/// Which language it is travels as an <c>ncp-language</c> attribute on the service.
/// </summary>
public sealed class Language : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid? ServiceId { get; set; }
    public Guid? PhoneId { get; set; }
}
