namespace Directory.Api.Model;

public sealed class Funding
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public string? Source { get; set; }
}
