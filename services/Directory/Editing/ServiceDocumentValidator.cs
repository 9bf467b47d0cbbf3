using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// Everything about a service document that can be checked without the database: required fields,
/// ORUK's codes, ages, emails and web addresses, schedules and locations, and that the document agrees
/// with itself (ids used once, schedules tied to its own locations). Errors are named by JSON path.
/// </summary>
public static class ServiceDocumentValidator
{
    public const int MaxNameLength = 300;

    public static void Validate(ServiceDocument service, ValidationErrors errors)
    {
        RecordIds.RequireId(service.Id, "", errors);
        if (string.IsNullOrWhiteSpace(service.Name))
        {
            errors.Add("name", "Give the service a name.");
        }
        else if (service.Name.Length > MaxNameLength)
        {
            errors.Add("name", $"Keep the name to {MaxNameLength} characters.");
        }

        if (service.Status is null || !ServiceStatus.All.Contains(service.Status))
        {
            errors.Add("status", $"status is one of: {string.Join(", ", ServiceStatus.All)}.");
        }

        if ((service.OrganizationId ?? service.Organization?.Id ?? Guid.Empty) == Guid.Empty)
        {
            errors.Add("organization_id", "Give the id of the organisation that runs the service.");
        }
        else if (service.OrganizationId is { } named && service.Organization is { } nested && named != nested.Id)
        {
            errors.Add("organization_id", "organization_id and organization.id name different organisations.");
        }

        ValidateAges(service, errors);
        CheckEmail(service.Email, "email", errors);
        CheckEmail(service.AssurerEmail, "assurer_email", errors);
        if (service.Url is { } url && !FieldRules.IsWebUrl(url))
        {
            errors.Add("url", "url is an http or https address.");
        }

        if (service.AssuredDate is { } assured && !FieldRules.TryReadDate(assured, out _))
        {
            errors.Add("assured_date", "assured_date is a date, YYYY-MM-DD.");
        }

        if (service.Organization is { } organization)
        {
            ValidateOrganization(organization, "organization", errors);
        }

        ForEach(service.Schedules, "schedules", (schedule, path) => ScheduleValidator.Validate(schedule, path, errors));
        ForEach(service.ServiceAtLocations, "service_at_locations", (sal, path) => LocationValidator.ValidateServiceAtLocation(sal, path, errors));
        ForEach(service.ServiceAreas, "service_areas", (area, path) => RecordIds.RequireId(area.Id, path, errors));
        ForEach(service.Languages, "languages", (language, path) => RecordIds.RequireId(language.Id, path, errors));
        ForEach(service.Funding, "funding", (funding, path) => RecordIds.RequireId(funding.Id, path, errors));
        ForEach(service.CostOptions, "cost_options", (cost, path) =>
        {
            RecordIds.RequireId(cost.Id, path, errors);
            ValidityDates.Validate(cost.ValidFrom, cost.ValidTo, path, errors);
            if (cost.Amount is < 0)
            {
                errors.Add(FieldPath.Of(path, "amount"), "amount is not negative.");
            }
        });
        ForEach(service.Contacts, "contacts", (contact, path) =>
        {
            RecordIds.RequireId(contact.Id, path, errors);
            for (var i = 0; i < (contact.Phones?.Count ?? 0); i++)
            {
                var phone = contact.Phones![i];
                var phonePath = FieldPath.Item(path, "phones", i);
                RecordIds.RequireId(phone.Id, phonePath, errors);
                if (string.IsNullOrWhiteSpace(phone.Number))
                {
                    errors.Add(FieldPath.Of(phonePath, "number"), "Give the phone number.");
                }

                for (var j = 0; j < (phone.Languages?.Count ?? 0); j++)
                {
                    RecordIds.RequireId(phone.Languages![j].Id, FieldPath.Item(phonePath, "languages", j), errors);
                }
            }

            AttributeValidator.Validate(contact.Attributes, path, errors);
        });
        AttributeValidator.Validate(service.Attributes, "", errors);

        CheckLocationsAreListedOnce(service, errors);
        CheckSchedulesNameItsOwnLocations(service, errors);
        RecordIds.CheckEachUsedOnce(service, errors);
    }

    private static void ValidateAges(ServiceDocument service, ValidationErrors errors)
    {
        foreach (var (field, age) in new[] { ("minimum_age", service.MinimumAge), ("maximum_age", service.MaximumAge) })
        {
            if (age is < FieldRules.MinimumAge or > FieldRules.MaximumAge)
            {
                errors.Add(field, $"{field} is a whole number of years from {FieldRules.MinimumAge} to {FieldRules.MaximumAge}.");
            }
        }

        if (service.MinimumAge > service.MaximumAge)
        {
            errors.Add("maximum_age", "maximum_age is at least minimum_age.");
        }
    }

    private static void ValidateOrganization(OrganizationDocument organization, string path, ValidationErrors errors)
    {
        RecordIds.RequireId(organization.Id, path, errors);
        if (string.IsNullOrWhiteSpace(organization.Name))
        {
            errors.Add(FieldPath.Of(path, "name"), "Give the organisation's name.");
        }

        if (organization.Description is null)
        {
            errors.Add(FieldPath.Of(path, "description"), "Describe the organisation.");
        }

        CheckEmail(organization.Email, FieldPath.Of(path, "email"), errors);
        if (organization.Website is { } website && !FieldRules.IsWebUrl(website))
        {
            errors.Add(FieldPath.Of(path, "website"), "website is an http or https address.");
        }

        for (var i = 0; i < (organization.OrganizationIdentifiers?.Count ?? 0); i++)
        {
            var identifier = organization.OrganizationIdentifiers![i];
            var identifierPath = FieldPath.Item(path, "organization_identifiers", i);
            RecordIds.RequireId(identifier.Id, identifierPath, errors);
            if (string.IsNullOrWhiteSpace(identifier.IdentifierType))
            {
                errors.Add(FieldPath.Of(identifierPath, "identifier_type"), "Say what the identifier is (Charity number).");
            }

            if (string.IsNullOrWhiteSpace(identifier.Identifier))
            {
                errors.Add(FieldPath.Of(identifierPath, "identifier"), "Give the identifier.");
            }

            AttributeValidator.Validate(identifier.Attributes, identifierPath, errors);
        }

        AttributeValidator.Validate(organization.Attributes, path, errors);
    }

    /// <summary>A service is at a place once: the link's (service, location) pair is unique.</summary>
    private static void CheckLocationsAreListedOnce(ServiceDocument service, ValidationErrors errors)
    {
        var seen = new HashSet<Guid>();
        for (var i = 0; i < (service.ServiceAtLocations?.Count ?? 0); i++)
        {
            var sal = service.ServiceAtLocations![i];
            if ((sal.Location?.Id ?? sal.LocationId) is { } locationId && !seen.Add(locationId))
            {
                errors.Add(FieldPath.Item("", "service_at_locations", i), $"Location {locationId} is listed twice; list each place once.");
            }
        }
    }

    private static void CheckSchedulesNameItsOwnLocations(ServiceDocument service, ValidationErrors errors)
    {
        var own = (service.ServiceAtLocations ?? []).Select(sal => sal.Id).ToHashSet();
        for (var i = 0; i < (service.Schedules?.Count ?? 0); i++)
        {
            if (service.Schedules![i].ServiceAtLocationId is { } salId && !own.Contains(salId))
            {
                errors.Add(FieldPath.Of(FieldPath.Item("", "schedules", i), "service_at_location_id"),
                    $"{salId} is not one of this service's service_at_locations.");
            }
        }
    }

    private static void CheckEmail(string? value, string field, ValidationErrors errors)
    {
        if (value is not null && !FieldRules.IsEmail(value))
        {
            errors.Add(field, $"{field} is an email address (name@example.org).");
        }
    }

    private static void ForEach<T>(IReadOnlyList<T>? items, string collection, Action<T, string> validate)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            validate(items![i], FieldPath.Item("", collection, i));
        }
    }
}
