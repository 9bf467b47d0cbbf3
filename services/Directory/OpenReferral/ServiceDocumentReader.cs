using System.Globalization;
using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.OpenReferral;

/// <summary>
/// Turns ORUK 3.0 documents into directory rows. Organisations, locations and taxonomy terms are
/// shared between services, so the reader keeps one row per id across everything it reads.
/// </summary>
public sealed class ServiceDocumentReader
{
    private readonly Dictionary<Guid, Organization> _organizations = [];
    private readonly Dictionary<Guid, Location> _locations = [];
    private readonly Dictionary<Guid, Taxonomy> _taxonomies = [];
    private readonly Dictionary<Guid, TaxonomyTerm> _terms = [];

    public IEnumerable<Organization> Organizations => _organizations.Values;

    public IEnumerable<Taxonomy> Taxonomies => _taxonomies.Values;

    public void Read(TaxonomyDocument document)
    {
        var taxonomy = TaxonomyFor(document.Id, document.Name, document.Description);
        taxonomy.Uri = document.Uri;
        taxonomy.Version = document.Version;
        foreach (var term in document.TaxonomyTerms ?? [])
        {
            TermFor(term with { TaxonomyId = document.Id, Taxonomy = document.Name });
        }
    }

    public Service Read(ServiceDocument document)
    {
        var organizationId = document.OrganizationId ?? document.Organization?.Id
            ?? throw new InvalidDataException($"Service {document.Id} names no organization.");
        var organization = _organizations.TryGetValue(organizationId, out var known)
            ? known
            : _organizations[organizationId] = ReadOrganization(document.Organization, organizationId);

        var service = new Service
        {
            Id = document.Id,
            OrganizationId = organizationId,
            Organization = organization,
            Name = document.Name,
            Description = document.Description,
            Url = document.Url,
            Email = document.Email,
            Status = document.Status,
            Fees = document.Fees,
            Accreditations = document.Accreditations,
            MinimumAge = document.MinimumAge,
            MaximumAge = document.MaximumAge,
            AssuredDate = ParseDate(document.AssuredDate),
            AssurerEmail = document.AssurerEmail,
            Alert = document.Alert,
            LastModified = (document.LastModified ?? DateTime.UtcNow).ToUniversalTime(),
            Schedules = (document.Schedules ?? []).Select((schedule, position) => ReadSchedule(schedule, document.Id, position)).ToList(),
            ServiceAreas = (document.ServiceAreas ?? []).Select((area, position) => new ServiceArea
            {
                Id = area.Id,
                Position = position,
                ServiceId = document.Id,
                Name = area.Name,
                Extent = area.Extent,
                ExtentType = area.ExtentType,
                Uri = area.Uri,
                Coverage = area.ServiceArea,
            }).ToList(),
            Languages = (document.Languages ?? []).Select((language, position) => new Language { Id = language.Id, Position = position, ServiceId = document.Id }).ToList(),
            Funding = (document.Funding ?? []).Select((funding, position) => new Funding { Id = funding.Id, Position = position, ServiceId = document.Id, Source = funding.Source }).ToList(),
            CostOptions = (document.CostOptions ?? []).Select((cost, position) => new CostOption
            {
                Id = cost.Id,
                Position = position,
                ServiceId = document.Id,
                ValidFrom = ParseDate(cost.ValidFrom),
                ValidTo = ParseDate(cost.ValidTo),
                Option = cost.Option,
                Amount = cost.Amount,
                AmountDescription = cost.AmountDescription,
            }).ToList(),
            Contacts = (document.Contacts ?? []).Select((contact, position) => new Contact
            {
                Id = contact.Id,
                Position = position,
                ServiceId = document.Id,
                Name = contact.Name,
                Title = contact.Title,
                Phones = (contact.Phones ?? []).Select((phone, phonePosition) => new Phone
                {
                    Id = phone.Id,
                    Position = phonePosition,
                    ContactId = contact.Id,
                    Number = phone.Number,
                    Description = phone.Description,
                    Languages = (phone.Languages ?? []).Select((language, languagePosition) => new Language { Id = language.Id, Position = languagePosition, PhoneId = phone.Id }).ToList(),
                }).ToList(),
                Attributes = ReadAttributes(contact.Attributes, contact.Id, (attribute, owner) => attribute.ContactId = owner),
            }).ToList(),
        };

        service.ServiceAtLocations = (document.ServiceAtLocations ?? [])
            .Where(sal => sal.Location is not null || sal.LocationId is not null)
            .Select((sal, position) => new ServiceAtLocation
            {
                Id = sal.Id,
                Position = position,
                ServiceId = document.Id,
                Service = service,
                LocationId = sal.Location?.Id ?? sal.LocationId!.Value,
                Location = LocationFor(sal.Location, sal.LocationId!.GetValueOrDefault()),
            })
            .ToList();

        service.Attributes = (document.Attributes ?? [])
            .Select(attribute => (Attribute: attribute, Term: TermOf(attribute)))
            .Where(read => read.Term is not null)
            .DistinctBy(read => read.Term!.Id)
            .Select((read, position) => new ServiceAttribute
            {
                Id = read.Attribute.Id,
                Position = position,
                ServiceId = document.Id,
                TaxonomyTermId = read.Term!.Id,
                TaxonomyTerm = read.Term,
                LinkType = read.Attribute.LinkType,
            })
            .ToList();

        return service;
    }

    private Organization ReadOrganization(OrganizationDocument? document, Guid id) => new()
    {
        Id = id,
        Name = document?.Name ?? throw new InvalidDataException($"Organization {id} is referenced but not described."),
        Description = document.Description,
        Email = document.Email,
        Website = document.Website,
        Logo = document.Logo,
        Uri = document.Uri,
        ParentOrganizationId = document.ParentOrganizationId,
        LastModified = DateTime.UtcNow,
        OrganizationIdentifiers = (document.OrganizationIdentifiers ?? []).Select((identifier, position) => new OrganizationIdentifier
        {
            Id = identifier.Id,
            Position = position,
            OrganizationId = id,
            IdentifierScheme = identifier.IdentifierScheme,
            IdentifierType = identifier.IdentifierType,
            Identifier = identifier.Identifier,
            Attributes = ReadAttributes(identifier.Attributes, identifier.Id, (attribute, owner) => attribute.OrganizationIdentifierId = owner),
        }).ToList(),
        Attributes = ReadAttributes(document.Attributes, id, (attribute, owner) => attribute.OrganizationId = owner),
    };

    private Location LocationFor(LocationDocument? document, Guid fallbackId)
    {
        var id = document?.Id ?? fallbackId;
        if (_locations.TryGetValue(id, out var known))
        {
            return known;
        }

        if (document is null)
        {
            throw new InvalidDataException($"Location {id} is referenced but not described.");
        }

        return _locations[id] = new Location
        {
            Id = id,
            LocationType = document.LocationType,
            Name = document.Name,
            Description = document.Description,
            Latitude = document.Latitude,
            Longitude = document.Longitude,
            ExternalIdentifier = document.ExternalIdentifier,
            ExternalIdentifierType = document.ExternalIdentifierType,
            Addresses = (document.Addresses ?? []).Select((address, position) => new Address
            {
                Id = address.Id,
                Position = position,
                LocationId = id,
                Attention = address.Attention,
                Address1 = address.Address1,
                City = address.City,
                Region = address.Region,
                StateProvince = address.StateProvince,
                PostalCode = address.PostalCode,
                Country = address.Country,
                AddressType = address.AddressType,
                Attributes = ReadAttributes(address.Attributes, address.Id, (attribute, owner) => attribute.AddressId = owner),
            }).ToList(),
            Accessibility = (document.Accessibility ?? []).Select((access, position) => new Accessibility
            {
                Id = access.Id,
                Position = position,
                LocationId = id,
                Description = access.Description,
                Details = access.Details,
                Url = access.Url,
                Provision = access.Accessibility,
                Attributes = ReadAttributes(access.Attributes, access.Id, (attribute, owner) => attribute.AccessibilityId = owner),
            }).ToList(),
            Attributes = ReadAttributes(document.Attributes, id, (attribute, owner) => attribute.LocationId = owner),
        };
    }

    /// <summary>The attributes on anything but a service; one whose term cannot be resolved is left out.</summary>
    private List<OtherAttribute> ReadAttributes(IReadOnlyList<AttributeDocument>? documents, Guid ownerId, Action<OtherAttribute, Guid> setOwner) =>
        (documents ?? [])
            .Select(attribute => (Attribute: attribute, Term: TermOf(attribute)))
            .Where(read => read.Term is not null)
            .DistinctBy(read => read.Term!.Id)
            .Select((read, position) =>
            {
                var attribute = new OtherAttribute
                {
                    Id = read.Attribute.Id,
                    Position = position,
                    TaxonomyTermId = read.Term!.Id,
                    TaxonomyTerm = read.Term,
                    LinkType = read.Attribute.LinkType,
                };
                setOwner(attribute, ownerId);
                return attribute;
            })
            .ToList();

    /// <summary>An attribute's term: nested in it, or named by id and already read with its taxonomy.</summary>
    private TaxonomyTerm? TermOf(AttributeDocument attribute) =>
        attribute.TaxonomyTerm is { } term ? TermFor(term)
        : attribute.TaxonomyTermId is { } id && _terms.TryGetValue(id, out var known) ? known
        : null;

    private Taxonomy TaxonomyFor(Guid id, string name, string description) =>
        _taxonomies.TryGetValue(id, out var known)
            ? known
            : _taxonomies[id] = new Taxonomy { Id = id, Name = name, Description = description };

    private TaxonomyTerm TermFor(TaxonomyTermDocument document)
    {
        if (_terms.TryGetValue(document.Id, out var known))
        {
            return known;
        }

        var taxonomyId = document.TaxonomyId
            ?? throw new InvalidDataException($"Taxonomy term {document.Id} names no taxonomy.");
        var taxonomy = TaxonomyFor(taxonomyId, document.Taxonomy ?? taxonomyId.ToString(), document.Taxonomy ?? string.Empty);
        var term = new TaxonomyTerm
        {
            Id = document.Id,
            TaxonomyId = taxonomyId,
            Taxonomy = taxonomy,
            Code = document.Term ?? document.Name,
            Name = document.Name,
            Description = document.Description,
            ParentId = document.ParentId,
            TermUri = document.TermUri,
        };
        taxonomy.Terms.Add(term);
        return _terms[document.Id] = term;
    }

    private static Schedule ReadSchedule(ScheduleDocument schedule, Guid serviceId, int position) => new()
    {
        Id = schedule.Id,
        Position = position,
        ServiceId = serviceId,
        ServiceAtLocationId = schedule.ServiceAtLocationId,
        ValidFrom = ParseDate(schedule.ValidFrom),
        ValidTo = ParseDate(schedule.ValidTo),
        DtStart = schedule.Dtstart,
        Freq = schedule.Freq,
        Interval = schedule.Interval,
        ByDay = schedule.Byday,
        ByMonthDay = schedule.Bymonthday,
        Description = schedule.Description,
        OpensAt = ParseTime(schedule.OpensAt),
        ClosesAt = ParseTime(schedule.ClosesAt),
        ScheduleLink = schedule.ScheduleLink,
        AttendingType = schedule.AttendingType,
        Notes = schedule.Notes,
    };

    private static DateOnly? ParseDate(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : DateOnly.Parse(value.AsSpan(0, Math.Min(10, value.Length)), CultureInfo.InvariantCulture);

    private static TimeOnly? ParseTime(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : TimeOnly.Parse(value.AsSpan(0, Math.Min(5, value.Length)), CultureInfo.InvariantCulture);
}
