using Directory.Api.Model;
using Directory.Api.OpeningHours;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Directory.Api.Search.Index;

/// <summary>
/// Turns a service, loaded with its terms, schedules, costs, areas and locations, into its
/// <see cref="IndexEntry"/>.
/// </summary>
/// <remarks>
/// Free: a service is free when it states at least one cost option and every one of them is 0. One that
/// charges some people (a standard fee beside a free concession) is not, nor is one that states no
/// costs: nobody has said it costs nothing. Validity dates of cost options are not read.
/// Boroughs are the names of the service's areas (ORUK service_area): who may use it, which is what a
/// resident filtering by borough means; a service covering several boroughs counts in each.
/// </remarks>
internal sealed class IndexEntryFactory(BankHolidayCalendar bankHolidays, FacetCatalog facets, PlainTextAnalyzer plain)
{
    /// <summary>The taxonomies a result is counted by: ours (the ORUK feed may carry others, of any size).</summary>
    public static readonly IReadOnlyList<string> FacetTaxonomies =
    [
        PlatformTaxonomies.Need, PlatformTaxonomies.NelPriority, PlatformTaxonomies.Channel,
        PlatformTaxonomies.ReferralRoute, PlatformTaxonomies.Language, PlatformTaxonomies.Sector,
    ];

    public IndexEntry Create(Service service)
    {
        var terms = service.Attributes.Select(a => a.TaxonomyTerm).DistinctBy(t => t.Id).ToList();
        var areas = service.ServiceAreas.Select(a => a.Name?.Trim()).OfType<string>().Where(name => name.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var places = service.ServiceAtLocations
            .Select(sal => sal.Location)
            .Where(location => location is { Latitude: not null, Longitude: not null })
            .Select(location => new Coordinates(location.Latitude!.Value, location.Longitude!.Value))
            .Distinct()
            .ToList();

        var indexed = new IndexedService
        {
            Id = service.Id,
            SortName = service.Name.ToLowerInvariant(),
            IsActive = service.Status == ServiceStatus.Active,
            Places = places,
            Opening = new OpeningSchedule(service.Schedules, bankHolidays),
            Facets =
            [
                .. terms.Where(t => FacetTaxonomies.Contains(t.Taxonomy.Name)).Select(t => facets.Term(t.Taxonomy.Name, t.Id, t.Code, t.Name)),
                .. areas.Select(facets.Area),
            ],
        };
        return new IndexEntry(indexed, Document(service, terms, areas, places));
    }

    /// <summary>The words of a name as <see cref="IndexFields.ExactName"/> holds them, and as a search is compared with it.</summary>
    public string ExactName(string text) => string.Join(' ', TextTokens.Read(plain, text));

    private Document Document(Service service, List<TaxonomyTerm> terms, List<string> areas, List<Coordinates> places)
    {
        var id = service.Id.ToString("D");
        var document = new Document
        {
            new StringField(IndexFields.Id, id, Field.Store.NO),
            new BinaryDocValuesField(IndexFields.IdBytes, new BytesRef(service.Id.ToByteArray())),
            new TextField(IndexFields.Name, service.Name, Field.Store.NO),
            new TextField(IndexFields.PlainName, service.Name, Field.Store.NO),
            new StringField(IndexFields.ExactName, ExactName(service.Name), Field.Store.NO),
            new StringField(IndexFields.OrganizationId, service.OrganizationId.ToString("D"), Field.Store.NO),
            new Int64Field(IndexFields.LastModified, service.LastModified.Ticks, Field.Store.NO),
            new Int32Field(IndexFields.MinimumAge, service.MinimumAge ?? 0, Field.Store.NO),
            new Int32Field(IndexFields.MaximumAge, service.MaximumAge ?? int.MaxValue, Field.Store.NO),
            new StringField(IndexFields.HasArea, areas.Count > 0 ? IndexFields.True : IndexFields.False, Field.Store.NO),
        };

        if (service.Description is { } description)
        {
            document.Add(new TextField(IndexFields.Description, description, Field.Store.NO));
            document.Add(new TextField(IndexFields.PlainBody, description, Field.Store.NO));
        }

        foreach (var term in terms)
        {
            document.Add(new TextField(IndexFields.TermNames, term.Name, Field.Store.NO));
            document.Add(new TextField(IndexFields.PlainBody, term.Name, Field.Store.NO));
            document.Add(new StringField(IndexFields.TermId, term.Id.ToString("D"), Field.Store.NO));
            var codeField = term.Taxonomy.Name switch
            {
                PlatformTaxonomies.Channel => IndexFields.Channel,
                PlatformTaxonomies.Language => IndexFields.Language,
                PlatformTaxonomies.ReferralRoute => IndexFields.ReferralRoute,
                _ => null,
            };
            if (codeField is not null)
            {
                document.Add(new StringField(codeField, term.Code.ToLowerInvariant(), Field.Store.NO));
            }
        }

        foreach (var taxonomyId in terms.Select(t => t.TaxonomyId).Distinct())
        {
            document.Add(new StringField(IndexFields.TaxonomyId, taxonomyId.ToString("D"), Field.Store.NO));
        }

        if (service.CostOptions.Count > 0 && service.CostOptions.All(cost => cost.Amount == 0))
        {
            document.Add(new StringField(IndexFields.Free, IndexFields.True, Field.Store.NO));
        }

        foreach (var area in areas)
        {
            document.Add(new StringField(IndexFields.Area, area.ToLowerInvariant(), Field.Store.NO));
        }

        foreach (var place in places)
        {
            document.Add(new DoubleField(IndexFields.Latitude, place.Latitude, Field.Store.NO));
            document.Add(new DoubleField(IndexFields.Longitude, place.Longitude, Field.Store.NO));
        }

        return document;
    }
}
