namespace Directory.Api.Model;

/// <summary>A named role to contact about a service (a role, not a resident: directory data is public).</summary>
public sealed class Contact : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid ServiceId { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public List<Phone> Phones { get; set; } = [];
    public List<OtherAttribute> Attributes { get; set; } = [];
}
