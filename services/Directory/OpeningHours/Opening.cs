namespace Directory.Api.OpeningHours;

/// <summary>One stretch of opening, from <see cref="Start"/> up to but not including <see cref="End"/>.</summary>
internal readonly record struct Opening(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Contains(DateTimeOffset instant) => Start <= instant && instant < End;
}
