namespace Directory.Api.Model;

public sealed class Accessibility : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid LocationId { get; set; }
    public string? Description { get; set; }
    public string? Details { get; set; }
    public string? Url { get; set; }

    /// <summary>
    /// ORUK's <c>accessibility</c> field: the assistance or infrastructure in free text. C# does not let a
    /// member share its type's name, hence the different name here.
    /// </summary>
    public string? Provision { get; set; }

    public List<OtherAttribute> Attributes { get; set; } = [];
}
