namespace Directory.Api.Model;

public sealed class Phone : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid ContactId { get; set; }
    public required string Number { get; set; }
    public string? Description { get; set; }

    /// <summary>The languages this line is answered in.</summary>
    public List<Language> Languages { get; set; } = [];
}
