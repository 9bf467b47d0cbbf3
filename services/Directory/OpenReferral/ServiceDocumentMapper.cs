using System.Globalization;
using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.OpenReferral;

/// <summary>Turns stored directory rows into ORUK 3.0 documents.</summary>
public static class ServiceDocumentMapper
{
    public static ServiceDocument ToDocument(this Service service, double? distance = null) => new()
    {
        Id = service.Id,
        OrganizationId = service.OrganizationId,
        Name = service.Name,
        Description = service.Description,
        Url = service.Url,
        Email = service.Email,
        Status = service.Status,
        Fees = service.Fees,
        Accreditations = service.Accreditations,
        MinimumAge = service.MinimumAge,
        MaximumAge = service.MaximumAge,
        AssuredDate = service.AssuredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AssurerEmail = service.AssurerEmail,
        Alert = service.Alert,
        LastModified = DateTime.SpecifyKind(service.LastModified, DateTimeKind.Utc),
        Organization = service.Organization?.ToDocument(),
        Schedules = service.Schedules.Select(ToDocument).ToList(),
        ServiceAreas = service.ServiceAreas.Select(area => new ServiceAreaDocument
        {
            Id = area.Id, ServiceId = area.ServiceId, Name = area.Name, Extent = area.Extent, ExtentType = area.ExtentType, Uri = area.Uri,
        }).ToList(),
        ServiceAtLocations = service.ServiceAtLocations.Select(sal => new ServiceAtLocationDocument
        {
            Id = sal.Id, ServiceId = sal.ServiceId, LocationId = sal.LocationId, Location = sal.Location?.ToDocument(),
        }).ToList(),
        Languages = service.Languages.Select(language => new LanguageDocument { Id = language.Id, ServiceId = language.ServiceId }).ToList(),
        Funding = service.Funding.Select(funding => new FundingDocument { Id = funding.Id, ServiceId = funding.ServiceId, Source = funding.Source }).ToList(),
        CostOptions = service.CostOptions.Select(cost => new CostOptionDocument
        {
            Id = cost.Id,
            ServiceId = cost.ServiceId,
            ValidFrom = FormatDate(cost.ValidFrom),
            ValidTo = FormatDate(cost.ValidTo),
            Option = cost.Option,
            Amount = cost.Amount,
            AmountDescription = cost.AmountDescription,
        }).ToList(),
        Contacts = service.Contacts.Select(contact => new ContactDocument
        {
            Id = contact.Id,
            ServiceId = contact.ServiceId,
            Name = contact.Name,
            Title = contact.Title,
            Phones = contact.Phones.Select(phone => new PhoneDocument
            {
                Id = phone.Id, ContactId = phone.ContactId, Number = phone.Number, Description = phone.Description,
            }).ToList(),
        }).ToList(),
        Attributes = service.Attributes.Select(attribute => new AttributeDocument
        {
            Id = attribute.Id,
            LinkId = attribute.ServiceId,
            LinkType = "service",
            TaxonomyTermId = attribute.TaxonomyTermId,
            TaxonomyTerm = attribute.TaxonomyTerm?.ToDocument(),
        }).ToList(),
        Distance = distance,
    };

    public static OrganizationDocument ToDocument(this Organization organization) => new()
    {
        Id = organization.Id,
        Name = organization.Name,
        Description = organization.Description,
        Email = organization.Email,
        Website = organization.Website,
        Logo = organization.Logo,
        Uri = organization.Uri,
        ParentOrganizationId = organization.ParentOrganizationId,
    };

    public static LocationDocument ToDocument(this Location location) => new()
    {
        Id = location.Id,
        LocationType = location.LocationType,
        Name = location.Name,
        Description = location.Description,
        Latitude = location.Latitude,
        Longitude = location.Longitude,
        ExternalIdentifier = location.ExternalIdentifier,
        ExternalIdentifierType = location.ExternalIdentifierType,
        Addresses = location.Addresses.Select(address => new AddressDocument
        {
            Id = address.Id,
            LocationId = address.LocationId,
            Attention = address.Attention,
            Address1 = address.Address1,
            City = address.City,
            Region = address.Region,
            StateProvince = address.StateProvince,
            PostalCode = address.PostalCode,
            Country = address.Country,
            AddressType = address.AddressType,
        }).ToList(),
        Accessibility = location.Accessibility.Select(access => new AccessibilityDocument
        {
            Id = access.Id, LocationId = access.LocationId, Description = access.Description, Details = access.Details, Url = access.Url,
        }).ToList(),
    };

    public static TaxonomyTermDocument ToDocument(this TaxonomyTerm term) => new()
    {
        Id = term.Id,
        Name = term.Name,
        Description = term.Description,
        ParentId = term.ParentId,
        Taxonomy = term.Taxonomy?.Name,
        TaxonomyId = term.TaxonomyId,
        TermUri = term.TermUri,
        Term = term.Code,
    };

    private static ScheduleDocument ToDocument(Schedule schedule) => new()
    {
        Id = schedule.Id,
        ServiceId = schedule.ServiceId,
        ServiceAtLocationId = schedule.ServiceAtLocationId,
        ValidFrom = FormatDate(schedule.ValidFrom),
        ValidTo = FormatDate(schedule.ValidTo),
        Dtstart = schedule.DtStart,
        Freq = schedule.Freq,
        Interval = schedule.Interval,
        Byday = schedule.ByDay,
        Bymonthday = schedule.ByMonthDay,
        Description = schedule.Description,
        OpensAt = schedule.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        ClosesAt = schedule.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        ScheduleLink = schedule.ScheduleLink,
        AttendingType = schedule.AttendingType,
        Notes = schedule.Notes,
    };

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
