namespace Directory.Api.Model;

public sealed class Phone
{
    public Guid Id { get; set; }
    public Guid ContactId { get; set; }
    public required string Number { get; set; }
    public string? Description { get; set; }
}
