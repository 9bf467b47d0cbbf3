namespace Directory.Api.OpenReferral.Documents;

public sealed record ContactDocument
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }

    /// <summary>
    /// ORUK 3.0 defines the phone but nests it nowhere; HSDS 3.0 nests it in the contact, so it travels
    /// here (an addition the schemas allow).
    /// </summary>
    public IReadOnlyList<PhoneDocument>? Phones { get; init; }

    public IReadOnlyList<AttributeDocument>? Attributes { get; init; }
}
