namespace Directory.Api.Model;

public sealed class CostOption : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid ServiceId { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? Option { get; set; }
    public decimal? Amount { get; set; }
    public string? AmountDescription { get; set; }
}
