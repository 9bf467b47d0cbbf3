namespace Directory.Api.Model;

public sealed class ServiceArea : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid ServiceId { get; set; }
    public string? Name { get; set; }
    public string? Extent { get; set; }
    public string? ExtentType { get; set; }
    public string? Uri { get; set; }

    /// <summary>
    /// ORUK's <c>service_area</c> field: who or where the service covers, in free text. C# does not let
    /// a member share its type's name, hence the different name here.
    /// </summary>
    public string? Coverage { get; set; }
}
