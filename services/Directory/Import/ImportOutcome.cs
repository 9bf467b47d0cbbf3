namespace Directory.Api.Import;

/// <summary>What importing one service record did.</summary>
public sealed record ImportOutcome(ImportResult Result, IReadOnlyList<string> Problems, IReadOnlyCollection<Guid> ChangedServices)
{
    public static ImportOutcome Unchanged { get; } = new(ImportResult.Unchanged, [], []);

    public static ImportOutcome Failed(params IReadOnlyList<string> problems) => new(ImportResult.Failed, problems, []);
}

public enum ImportResult
{
    Created,
    Updated,
    Unchanged,
    Failed,
}
