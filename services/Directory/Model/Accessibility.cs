namespace Directory.Api.Model;

public sealed class Accessibility
{
    public Guid Id { get; set; }
    public Guid LocationId { get; set; }
    public string? Description { get; set; }
    public string? Details { get; set; }
    public string? Url { get; set; }
}
