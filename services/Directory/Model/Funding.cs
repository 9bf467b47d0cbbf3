namespace Directory.Api.Model;

public sealed class Funding : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid ServiceId { get; set; }
    public string? Source { get; set; }
}
