using System.Globalization;
using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.OpenReferral;

/// <summary>Turns stored services into ORUK 3.0 documents, in the three shapes the feed answers with.</summary>
public static class ServiceDocumentMapper
{
    /// <summary>
    /// ORUK's <c>minimal</c> service: its id and when it last changed, for a client checking what to
    /// fetch again. <c>name</c> and <c>status</c> come too because <c>service_list.json</c> requires them.
    /// </summary>
    public static ServiceDocument ToMinimal(this Service service) => new()
    {
        Id = service.Id,
        Name = service.Name,
        Status = service.Status,
        LastModified = DateTime.SpecifyKind(service.LastModified, DateTimeKind.Utc),
    };

    /// <summary>The service's one-to-one fields and its organisation's, as <c>service_list.json</c> lists them.</summary>
    public static ServiceDocument ToListItem(this Service service) => service.ToMinimal() with
    {
        OrganizationId = service.OrganizationId,
        Description = service.Description,
        Url = service.Url,
        Email = service.Email,
        Fees = service.Fees,
        Accreditations = service.Accreditations,
        MinimumAge = service.MinimumAge,
        MaximumAge = service.MaximumAge,
        AssuredDate = FormatDate(service.AssuredDate),
        AssurerEmail = service.AssurerEmail,
        Alert = service.Alert,
        Organization = service.Organization?.ToListItem(),
        Provenance = service.Provenance?.ToDocument(),
    };

    /// <summary>The fully nested service, as <c>/services/{id}</c> and <c>service_package.json</c> have it.</summary>
    public static ServiceDocument ToDocument(this Service service) => service.ToDocumentWithoutLocations() with
    {
        ServiceAtLocations = service.ServiceAtLocations.InListedOrder().Select(sal => new ServiceAtLocationDocument
        {
            Id = sal.Id, ServiceId = sal.ServiceId, LocationId = sal.LocationId, Location = sal.Location?.ToDocument(),
        }).ToList(),
    };

    /// <summary>
    /// The fully nested service bar its locations: how the service-at-location package nests the service
    /// delivered at the location it is about.
    /// </summary>
    public static ServiceDocument ToDocumentWithoutLocations(this Service service) => service.ToListItem() with
    {
        Organization = service.Organization?.ToDocument(),
        Schedules = service.Schedules.InListedOrder().Select(ToDocument).ToList(),
        ServiceAreas = service.ServiceAreas.InListedOrder().Select(area => new ServiceAreaDocument
        {
            Id = area.Id,
            ServiceId = area.ServiceId,
            Name = area.Name,
            Extent = area.Extent,
            ExtentType = area.ExtentType,
            Uri = area.Uri,
            ServiceArea = area.Coverage,
        }).ToList(),
        Languages = service.Languages.InListedOrder().Select(ToDocument).ToList(),
        Funding = service.Funding.InListedOrder().Select(funding => new FundingDocument { Id = funding.Id, ServiceId = funding.ServiceId, Source = funding.Source }).ToList(),
        CostOptions = service.CostOptions.InListedOrder().Select(cost => new CostOptionDocument
        {
            Id = cost.Id,
            ServiceId = cost.ServiceId,
            ValidFrom = FormatDate(cost.ValidFrom),
            ValidTo = FormatDate(cost.ValidTo),
            Option = cost.Option,
            Amount = cost.Amount,
            AmountDescription = cost.AmountDescription,
        }).ToList(),
        Contacts = service.Contacts.InListedOrder().Select(contact => new ContactDocument
        {
            Id = contact.Id,
            ServiceId = contact.ServiceId,
            Name = contact.Name,
            Title = contact.Title,
            Phones = contact.Phones.InListedOrder().Select(phone => new PhoneDocument
            {
                Id = phone.Id,
                ContactId = phone.ContactId,
                Number = phone.Number,
                Description = phone.Description,
                Languages = phone.Languages.InListedOrder().Select(ToDocument).ToList(),
            }).ToList(),
            Attributes = contact.Attributes.ToDocuments(),
        }).ToList(),
        Attributes = service.Attributes.InListedOrder().Select(attribute => attribute.ToDocument()).ToList(),
    };

    private static LanguageDocument ToDocument(Language language) =>
        new() { Id = language.Id, ServiceId = language.ServiceId, PhoneId = language.PhoneId };

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
