namespace Directory.Api.Model;

public sealed class ServiceArea
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public string? Name { get; set; }
    public string? Extent { get; set; }
    public string? ExtentType { get; set; }
    public string? Uri { get; set; }
}
