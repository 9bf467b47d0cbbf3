using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Editing;

/// <summary>
/// What an edit asks the service's document to become (and how a save is answered: 201 with where the
/// new record is, for an add), or why it cannot be asked: a 400, 404 or 409.
/// </summary>
public sealed record Proposal
{
    private Proposal(ServiceDocument? document, IResult? refusal, int savedStatus = StatusCodes.Status200OK, string? location = null, IResult? unlessSame = null)
    {
        Document = document;
        Refusal = refusal;
        SavedStatus = savedStatus;
        Location = location;
        UnlessSame = unlessSame;
    }

    public ServiceDocument? Document { get; }

    public IResult? Refusal { get; }

    public int SavedStatus { get; }

    public string? Location { get; }

    /// <summary>For a record sent again: the answer when the document it makes is not the one already saved.</summary>
    public IResult? UnlessSame { get; }

    public static Proposal To(ServiceDocument document) => new(document, null);

    /// <summary>A change that adds a record: a save answers 201 Created with <paramref name="location"/>.</summary>
    public static Proposal Adding(ServiceDocument document, string location) => new(document, null, StatusCodes.Status201Created, location);

    /// <summary>
    /// An add of a record the service already has: a retry, which changes nothing, when it makes the same
    /// document (once its references are filled in); otherwise <paramref name="conflict"/>.
    /// </summary>
    public static Proposal Repeating(ServiceDocument document, IResult conflict) => new(document, null, unlessSame: conflict);

    public static Proposal Refused(IResult refusal) => new(null, refusal);
}
