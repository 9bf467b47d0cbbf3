namespace Directory.Api.OpenReferral.Documents;

public sealed record PhoneDocument
{
    public required Guid Id { get; init; }
    public Guid? ContactId { get; init; }
    public required string Number { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<LanguageDocument>? Languages { get; init; }
}
