namespace Directory.Api.OpenReferral.Documents;

/// <summary>ORUK paging: <c>page</c> from 1, <c>per_page</c> up to <see cref="MaxPerPage"/>.</summary>
public sealed record PageRequest(int Page, int PerPage)
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;

    public int Skip => (Page - 1) * PerPage;
}
