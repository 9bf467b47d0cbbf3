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
            Schedules = (document.Schedules ?? []).Select(schedule => ReadSchedule(schedule, document.Id)).ToList(),
            ServiceAreas = (document.ServiceAreas ?? []).Select(area => new ServiceArea
            {
                Id = area.Id, ServiceId = document.Id, Name = area.Name, Extent = area.Extent, ExtentType = area.ExtentType, Uri = area.Uri,
            }).ToList(),
            Languages = (document.Languages ?? []).Select(language => new Language { Id = language.Id, ServiceId = document.Id }).ToList(),
            Funding = (document.Funding ?? []).Select(funding => new Funding { Id = funding.Id, ServiceId = document.Id, Source = funding.Source }).ToList(),
            CostOptions = (document.CostOptions ?? []).Select(cost => new CostOption
            {
                Id = cost.Id,
                ServiceId = document.Id,
                ValidFrom = ParseDate(cost.ValidFrom),
                ValidTo = ParseDate(cost.ValidTo),
                Option = cost.Option,
                Amount = cost.Amount,
                AmountDescription = cost.AmountDescription,
            }).ToList(),
            Contacts = (document.Contacts ?? []).Select(contact => new Contact
            {
                Id = contact.Id,
                ServiceId = document.Id,
                Name = contact.Name,
                Title = contact.Title,
                Phones = (contact.Phones ?? []).Select(phone => new Phone
                {
                    Id = phone.Id, ContactId = contact.Id, Number = phone.Number, Description = phone.Description,
                }).ToList(),
            }).ToList(),
        };

        service.ServiceAtLocations = (document.ServiceAtLocations ?? [])
            .Where(sal => sal.Location is not null || sal.LocationId is not null)
            .Select(sal => new ServiceAtLocation
            {
                Id = sal.Id,
                ServiceId = document.Id,
                Service = service,
                LocationId = sal.Location?.Id ?? sal.LocationId!.Value,
                Location = LocationFor(sal.Location, sal.LocationId!.GetValueOrDefault()),
            })
            .ToList();

        service.Attributes = (document.Attributes ?? [])
            .Where(attribute => attribute.TaxonomyTerm is not null)
            .DistinctBy(attribute => attribute.TaxonomyTerm!.Id)
            .Select(attribute =>
            {
                var term = TermFor(attribute.TaxonomyTerm!);
                return new ServiceAttribute { Id = attribute.Id, ServiceId = document.Id, TaxonomyTermId = term.Id, TaxonomyTerm = term };
            })
            .ToList();

        return service;
    }

    private static Organization ReadOrganization(OrganizationDocument? document, Guid id) => new()
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
            Addresses = (document.Addresses ?? []).Select(address => new Address
            {
                Id = address.Id,
                LocationId = id,
                Attention = address.Attention,
                Address1 = address.Address1,
                City = address.City,
                Region = address.Region,
                StateProvince = address.StateProvince,
                PostalCode = address.PostalCode,
                Country = address.Country,
                AddressType = address.AddressType,
            }).ToList(),
            Accessibility = (document.Accessibility ?? []).Select(access => new Accessibility
            {
                Id = access.Id, LocationId = id, Description = access.Description, Details = access.Details, Url = access.Url,
            }).ToList(),
        };
    }

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

    private static Schedule ReadSchedule(ScheduleDocument schedule, Guid serviceId) => new()
    {
        Id = schedule.Id,
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
