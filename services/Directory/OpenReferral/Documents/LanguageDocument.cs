namespace Directory.Api.OpenReferral.Documents;

public sealed record LanguageDocument
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? PhoneId { get; init; }
}
