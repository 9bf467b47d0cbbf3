using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DirectoryDataGenerator;

/// <summary>What was written.</summary>
public sealed record DatasetSummary(int Services, int Organizations, int PhysicalLocations, int VirtualLocations);

/// <summary>
/// Writes <c>{ "taxonomies": [...], "services": [...] }</c>: the demo taxonomies, then synthetic ORUK 3.0
/// services one at a time, so a million services never need to be in memory at once. Everything about
/// service <c>i</c> (and organisation <c>j</c>, and its sites) comes from a random generator seeded from
/// the run's seed and that index, so the same seed always writes the same bytes.
/// </summary>
public sealed class DatasetWriter
{
    private const string Assurer = "directory@neighbourhood-care.example.org";
    private const int MaxSitesPerOrganization = 3;

    private static readonly string[] SectorOrder = ["nhs", "council", "vcse"];
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

    private readonly int _seed;
    private readonly bool _indented;
    private readonly DemoTaxonomies _taxonomies;
    private readonly SectorTable _sectors;
    private readonly (string Code, int Cumulative)[] _languages;

    public DatasetWriter(int seed, bool indented = false)
        : this(seed, indented, DemoTaxonomies.Load(), SectorTable.Load())
    {
    }

    public DatasetWriter(int seed, bool indented, DemoTaxonomies taxonomies, SectorTable sectors)
    {
        _seed = seed;
        _indented = indented;
        _taxonomies = taxonomies;
        _sectors = sectors;
        var total = 0;
        _languages = [.. taxonomies.Languages.Where(code => code != "en")
            .Select(code => (code, total += Vocabulary.LanguageWeights.GetValueOrDefault(code, 5)))];
    }

    public DatasetSummary Write(Stream stream, int count, Action<int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var organizations = Math.Max(1, count / 10);
        var bySector = SectorOrder.ToDictionary(s => s, _ => new List<int>());
        for (var j = 0; j < organizations; j++)
        {
            bySector[SectorOf(j)].Add(j);
        }

        var context = new RunContext(bySector.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()));
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = _indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = !_indented,
        });

        writer.WriteStartObject();
        writer.WritePropertyName("taxonomies");
        _taxonomies.All.WriteTo(writer);
        writer.WriteStartArray("services");
        for (var i = 0; i < count; i++)
        {
            WriteService(writer, i, context);
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }

            if ((i + 1) % 1000 == 0 || i + 1 == count)
            {
                progress?.Invoke(i + 1);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return new DatasetSummary(count, context.UsedOrganizations.Count, context.UsedSites.Count, context.VirtualLocations);
    }

    private sealed class RunContext(Dictionary<string, int[]> bySector)
    {
        public Dictionary<string, int[]> BySector { get; } = bySector;
        public HashSet<int> UsedOrganizations { get; } = [];
        public HashSet<long> UsedSites { get; } = [];
        public int VirtualLocations { get; set; }
    }

    // ------------------------------------------------------------------ organisations and their sites

    private sealed record Organization(int Index, string Id, string Name, string Description, string Domain, string Email, string Sector, string Borough, string Place);

    private sealed record Site(string Id, string Name, string Description, string Address1, string City, string Borough, string Postcode,
        double Latitude, double Longitude, (string Id, string Description, string Details)[] Accessibility, string AddressId, string Place);

    private string SectorOf(int organization)
    {
        var roll = SeededRandom.For(_seed, 0x5EC7, organization).Next(100);
        return roll < 15 ? "nhs" : roll < 40 ? "council" : "vcse";
    }

    private Organization OrganizationAt(int j)
    {
        var random = SeededRandom.For(_seed, 0x0E6A, j);
        var sector = SectorOf(j);
        var borough = _sectors.Pick(random).Borough;
        var place = Pick(random, Vocabulary.Places[borough]);
        var shortBorough = borough == "City of Westminster" ? "Westminster" : borough;
        var name = sector switch
        {
            "nhs" => random.Next(4) == 0 ? $"{shortBorough} {Pick(random, Vocabulary.NhsProviders)}" : $"{place} {Pick(random, Vocabulary.NhsProviders)}",
            "council" => $"{place} {Pick(random, Vocabulary.CouncilServices)} ({shortBorough} Council)",
            _ => $"{place} {Pick(random, Vocabulary.VcseNouns)}",
        };
        var domain = $"{Slug(name)}-{j.ToString(CultureInfo.InvariantCulture)}.example.org";
        var description = sector switch
        {
            "nhs" => $"An NHS provider caring for people in {place} and across {borough}, working with local GP practices, hospitals and community teams.",
            "council" => $"{shortBorough} Council's services for people in and around {place}, free for residents and delivered in community venues, by phone and online.",
            _ => $"A voluntary and community organisation in {place}, {borough}, run with local people to support health, wellbeing and independence.",
        };
        return new Organization(j, NewId(random), name, description, domain, $"hello@{domain}", sector, borough, place);
    }

    private Site SiteOf(Organization organization, int k)
    {
        var random = SeededRandom.For(_seed, 0x517E, (organization.Index * MaxSitesPerOrganization) + k);
        var sector = _sectors.PickIn(random, organization.Borough);
        var place = Pick(random, Vocabulary.Places[sector.Borough]);
        var kind = organization.Sector == "nhs" ? (random.Next(2) == 0 ? "Health Centre" : "Medical Centre") : Pick(random, Vocabulary.VenueKinds);
        var name = k == 0 && organization.Sector == "vcse" && random.Next(2) == 0 ? organization.Name : $"{place} {kind}";
        var id = NewId(random);
        var postcode = sector.Code + Postcode(random);
        var minutes = random.Next(2, 13);
        var description = random.Next(2) == 0
            ? $"A {kind.ToLowerInvariant()} in {place}, {minutes} minutes from the nearest station."
            : $"On {Pick(random, Vocabulary.Streets)} in {place}; several bus routes stop nearby.";
        var accessibility = AccessibilityOptions
            .Where(_ => random.Next(3) == 0)
            .Take(2)
            .Select(option => (NewId(random), option.Description, option.Details))
            .ToArray();
        return new Site(id, name, description, $"{random.Next(1, 320).ToString(CultureInfo.InvariantCulture)} {Pick(random, Vocabulary.Streets)}",
            Vocabulary.PostTown(sector.Code), sector.Borough, postcode,
            Math.Round(sector.Latitude + (random.NextDouble() - 0.5) * 0.005, 5),
            Math.Round(sector.Longitude + (random.NextDouble() - 0.5) * 0.007, 5),
            accessibility, NewId(random), place);
    }

    private static readonly (string Description, string Details)[] AccessibilityOptions =
    [
        ("Step-free access", "Level entrance from the street, wide doors and an accessible toilet on the ground floor."),
        ("Hearing loop", "A hearing loop is fitted at reception; please ask a member of staff."),
        ("Lift", "A lift to every floor."),
        ("Baby change", "Baby changing and a buggy park."),
        ("Parking", "Blue badge parking beside the entrance."),
        ("Quiet room", "A quiet room is available if you would like to talk privately."),
    ];

    // ------------------------------------------------------------------ one service

    private void WriteService(Utf8JsonWriter w, int i, RunContext context)
    {
        var random = SeededRandom.For(_seed, 0x5E2F, i);
        var activity = Pick(random, Activities.All);
        var sector = Pick(random, activity.Sectors);
        var candidates = context.BySector[sector];
        if (candidates.Length == 0)
        {
            candidates = context.BySector.Values.First(list => list.Length > 0);
        }

        var organization = OrganizationAt(candidates[random.Next(candidates.Length)]);
        context.UsedOrganizations.Add(organization.Index);

        var id = NewId(random);
        var title = Pick(random, activity.Titles);
        var routes = Pick(random, activity.Routes);
        var ages = Pick(random, activity.Ages);
        var timing = Pick(random, activity.Timings);
        var charging = Pick(random, activity.Charges);
        var channels = Channels(random, activity);
        var inPerson = channels.Contains("in_person") && timing != Timing.AllDay;
        if (!inPerson)
        {
            channels.Remove("in_person");
            if (channels.Count == 0)
            {
                channels.Add("phone");
            }
        }

        var siteIndex = random.Next(MaxSitesPerOrganization);
        var site = inPerson ? SiteOf(organization, siteIndex) : null;
        if (site is not null)
        {
            context.UsedSites.Add(((long)organization.Index * MaxSitesPerOrganization) + siteIndex);
        }

        var addVirtual = !inPerson || (channels.Count > 1 && random.Next(10) < 3);
        if (addVirtual)
        {
            context.VirtualLocations++;
        }

        var borough = site?.Borough ?? organization.Borough;
        var place = site?.Place ?? organization.Place;
        var venue = site?.Name ?? place;
        var name = (random.Next(10), site) switch
        {
            (< 4, _) => $"{place} {title}",
            (< 7, _) => $"{organization.Name}: {title}",
            (< 8, { } s) => $"{title} at {s.Name}",
            _ => $"{(borough == "City of Westminster" ? "Westminster" : borough)} {title}",
        };
        var languages = Languages(random);
        var schedules = Schedules.For(timing, random, appointments: routes == Routes.Professional || activity.Team.Contains("team", StringComparison.Ordinal));
        if (routes == Routes.Professional)
        {
            schedules = [.. schedules.Select(s => s with { Notes = "Referral and assessment needed" })];
        }

        var (minimumAge, maximumAge) = AgeRange(ages);
        var assured = new DateOnly(2026, 1, 5).AddDays(random.Next(320));
        var modified = assured.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc)
            .AddDays(random.Next(5)).AddSeconds(random.Next(9 * 3600)).AddMilliseconds(random.Next(1000));
        var closed = random.Next(50) == 0;
        var areas = Areas(random, borough, inPerson);

        w.WriteStartObject();
        w.WriteString(Id, id);
        w.WriteString("organization_id", organization.Id);
        w.WriteString("name", name);
        w.WriteString("description", Description(random, activity, routes, place, borough, venue, languages));
        w.WriteString("url", $"https://{organization.Domain}/{activity.Slug}");
        w.WriteString("email", random.Next(3) == 0 ? $"{activity.Slug.Split('-')[0]}@{organization.Domain}" : organization.Email);
        w.WriteString("status", closed ? "temporarily closed" : "active");
        if (minimumAge is { } min)
        {
            w.WriteNumber("minimum_age", min);
        }

        if (maximumAge is { } max)
        {
            w.WriteNumber("maximum_age", max);
        }

        if (activity.Accreditation is { } accreditation && random.Next(2) == 0)
        {
            w.WriteString("accreditations", accreditation);
        }

        w.WriteString("assured_date", assured.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("assurer_email", Assurer);
        if (closed)
        {
            w.WriteString("alert", $"Closed while {venue} is refurbished; we expect to reopen in {Pick(random, Months)} 2027.");
        }

        w.WriteString("last_modified", modified.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

        var physicalSal = site is null ? null : NewId(random);
        var virtualSal = addVirtual ? NewId(random) : null;
        w.WriteStartArray("schedules");
        foreach (var schedule in schedules)
        {
            w.WriteStartObject();
            w.WriteString(Id, NewId(random));
            w.WriteString("service_id", id);
            var sal = schedule.Virtual || physicalSal is null ? virtualSal : physicalSal;
            if (sal is not null)
            {
                w.WriteString("service_at_location_id", sal);
            }

            WriteIfSet(w, "valid_from", schedule.ValidFrom);
            WriteIfSet(w, "valid_to", schedule.ValidTo);
            WriteIfSet(w, "dtstart", schedule.DtStart);
            w.WriteString("freq", schedule.Freq);
            w.WriteNumber("interval", schedule.Interval);
            w.WriteString("byday", schedule.ByDay);
            w.WriteString("opens_at", schedule.OpensAt);
            w.WriteString("closes_at", schedule.ClosesAt);
            w.WriteString("description", schedule.Description);
            w.WriteString("attending_type", AttendingType(channels, schedule.Virtual || site is null));
            WriteIfSet(w, "notes", schedule.Notes);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("service_areas");
        foreach (var area in areas)
        {
            w.WriteStartObject();
            w.WriteString(Id, NewId(random));
            w.WriteString("service_id", id);
            w.WriteString("name", area);
            w.WriteString("service_area", $"People who live in {area}");
            w.WriteString("uri", $"http://statistics.data.gov.uk/id/statistical-geography/{SectorTable.LondonBoroughs[area]}");
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("service_at_locations");
        if (site is not null)
        {
            w.WriteStartObject();
            w.WriteString(Id, physicalSal!);
            w.WriteString("service_id", id);
            w.WriteString("location_id", site.Id);
            w.WritePropertyName("location");
            WriteSite(w, site);
            w.WriteEndObject();
        }

        if (virtualSal is not null)
        {
            var locationId = NewId(random);
            w.WriteStartObject();
            w.WriteString(Id, virtualSal);
            w.WriteString("service_id", id);
            w.WriteString("location_id", locationId);
            w.WriteStartObject("location");
            w.WriteString(Id, locationId);
            w.WriteString("location_type", "virtual");
            w.WriteString("name", channels.Contains("online") ? (channels.Contains("phone") ? "Phone and online" : "Online") : "Phone line");
            w.WriteString("description", "No address is needed: call, or use the website to chat or book a video appointment.");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("languages");
        foreach (var _ in languages)
        {
            w.WriteStartObject();
            w.WriteString(Id, NewId(random));
            w.WriteString("service_id", id);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WritePropertyName("organization");
        WriteOrganization(w, organization);

        if (random.Next(5) == 0)
        {
            w.WriteStartArray("funding");
            w.WriteStartObject();
            w.WriteString(Id, NewId(random));
            w.WriteString("service_id", id);
            w.WriteString("source", Pick(random, FundingSources).Replace("{borough}", borough, StringComparison.Ordinal));
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartArray("cost_options");
        foreach (var (option, amount, description) in Costs(random, charging))
        {
            w.WriteStartObject();
            w.WriteString(Id, NewId(random));
            w.WriteString("service_id", id);
            w.WriteString("option", option);
            w.WriteNumber("amount", amount);
            WriteIfSet(w, "amount_description", description);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        var contactId = NewId(random);
        w.WriteStartArray("contacts");
        w.WriteStartObject();
        w.WriteString(Id, contactId);
        w.WriteString("service_id", id);
        var person = random.Next(2) == 0;
        w.WriteString("name", person ? $"{Pick(random, Vocabulary.FirstNames)} {Pick(random, Vocabulary.Surnames)}" : $"{activity.Team} team");
        w.WriteString("title", person ? $"{activity.Team} coordinator" : activity.Team);
        w.WriteStartArray("phones");
        var freephone = timing is Timing.AllDay or Timing.Overnight;
        var phones = random.Next(4) == 0 ? 2 : 1;
        for (var p = 0; p < phones; p++)
        {
            w.WriteStartObject();
            w.WriteString(Id, NewId(random));
            w.WriteString("contact_id", contactId);
            w.WriteString("number", p == 0 && freephone
                ? $"0808 157 0{random.Next(1000):000}"
                : p == 0 ? $"020 7946 0{random.Next(1000):000}" : $"07700 900{random.Next(1000):000}");
            w.WriteString("description", p == 0 ? (freephone ? "Free to call, day and night" : schedules[0].Description) : "Mobile, for texts and calls on session days");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartArray("attributes");
        foreach (var route in routes switch
                 {
                     Routes.Self => ["self_referral"],
                     Routes.Professional => ["professional_referral"],
                     _ => new[] { "self_referral", "professional_referral" },
                 })
        {
            WriteAttribute(w, random, id, "ncp-referral-route", route);
        }

        foreach (var channel in channels)
        {
            WriteAttribute(w, random, id, "ncp-channel", channel);
        }

        foreach (var priority in activity.Priorities)
        {
            WriteAttribute(w, random, id, "ncp-nel-priority", priority);
        }

        WriteAttribute(w, random, id, "ncp-sector", organization.Sector);
        foreach (var need in activity.Needs)
        {
            WriteAttribute(w, random, id, "ncp-need", need);
        }

        foreach (var language in languages)
        {
            WriteAttribute(w, random, id, "ncp-language", language);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void WriteAttribute(Utf8JsonWriter w, Random random, string serviceId, string taxonomy, string term)
    {
        var found = _taxonomies.Term(taxonomy, term);
        w.WriteStartObject();
        w.WriteString(Id, NewId(random));
        w.WriteString("link_id", serviceId);
        w.WriteString("link_type", "service");
        w.WriteString("link_entity", "service");
        w.WriteString("taxonomy_term_id", found.GetProperty("id").GetString());
        w.WritePropertyName("taxonomy_term");
        found.WriteTo(w);
        w.WriteEndObject();
    }

    private static void WriteOrganization(Utf8JsonWriter w, Organization organization)
    {
        w.WriteStartObject();
        w.WriteString(Id, organization.Id);
        w.WriteString("name", organization.Name);
        w.WriteString("description", organization.Description);
        w.WriteString("email", organization.Email);
        w.WriteString("website", $"https://{organization.Domain}");
        w.WriteEndObject();
    }

    private static void WriteSite(Utf8JsonWriter w, Site site)
    {
        w.WriteStartObject();
        w.WriteString(Id, site.Id);
        w.WriteString("location_type", "physical");
        w.WriteString("name", site.Name);
        w.WriteString("description", site.Description);
        w.WriteNumber("latitude", site.Latitude);
        w.WriteNumber("longitude", site.Longitude);
        w.WriteStartArray("addresses");
        w.WriteStartObject();
        w.WriteString(Id, site.AddressId);
        w.WriteString("location_id", site.Id);
        w.WriteString("address_1", site.Address1);
        w.WriteString("city", site.City);
        w.WriteString("state_province", site.Borough);
        w.WriteString("postal_code", site.Postcode);
        w.WriteString("country", "GB");
        w.WriteString("address_type", "physical");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("accessibility");
        foreach (var (accessId, description, details) in site.Accessibility)
        {
            w.WriteStartObject();
            w.WriteString(Id, accessId);
            w.WriteString("location_id", site.Id);
            w.WriteString("description", description);
            w.WriteString("details", details);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    // ------------------------------------------------------------------ composed values

    private static readonly string[] Months = ["January", "February", "March", "April"];

    private static readonly string[] FundingSources =
    [
        "{borough} Council's public health grant.", "National Lottery Community Fund.", "NHS North East London integrated care board.",
        "Local donations and a community grant from {borough} Council.", "UK Shared Prosperity Fund.",
    ];

    private static string Description(Random random, Activity activity, Routes routes, string place, string borough, string venue, List<string> languages)
    {
        var text = new StringBuilder();
        text.Append(Fill(activity.Sentences[0], place, borough, venue));
        if (random.Next(3) > 0)
        {
            text.Append(' ').Append(Fill(activity.Sentences[random.Next(1, activity.Sentences.Length)], place, borough, venue));
        }

        text.Append(' ').Append(routes switch
        {
            Routes.Self => Pick(random, SelfAccess),
            Routes.Professional => Pick(random, ProfessionalAccess),
            _ => Pick(random, EitherAccess),
        });
        var others = languages.Where(code => code != "en").ToList();
        if (others.Count > 0 && text.Length < 600)
        {
            var names = others.Select(LanguageName).ToList();
            var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
            text.Append(' ').Append(languages.Contains("en") ? $"Staff speak {list} as well as English." : $"Sessions are in {list}.");
        }

        return text.ToString();
    }

    private static readonly string[] SelfAccess = ["Just come along; you do not need to book.", "You can refer yourself by phone or online.", "Contact us to find out more or to book."];

    private static readonly string[] EitherAccess =
    [
        "You can refer yourself, or a GP, link worker or other professional can refer you.",
        "Get in touch yourself, or ask your GP, social worker or link worker to refer you.",
    ];

    private static readonly string[] ProfessionalAccess =
    [
        "A GP, social worker or other professional must refer you.",
        "Referrals come from GPs, hospital teams and other professionals; ask yours if this service could help.",
    ];

    private static string Fill(string sentence, string place, string borough, string venue) =>
        sentence.Replace("{place}", place, StringComparison.Ordinal)
            .Replace("{borough}", borough, StringComparison.Ordinal)
            .Replace("{venue}", venue, StringComparison.Ordinal);

    private static string LanguageName(string code) =>
        Vocabulary.LanguageNames.FirstOrDefault(entry => entry.StartsWith(code + ":", StringComparison.Ordinal))?[(code.Length + 1)..] ?? code;

    private List<string> Languages(Random random)
    {
        var languages = new List<string>();
        if (random.Next(50) != 0)
        {
            languages.Add("en");
        }

        var extra = random.Next(10) switch { < 4 => 0, < 7 => 1, < 9 => 2, _ => 3 };
        if (languages.Count == 0)
        {
            extra = Math.Max(extra, 1);
        }

        var total = _languages[^1].Cumulative;
        for (var n = 0; n < extra * 3 && languages.Count < extra + (languages.Contains("en") ? 1 : 0); n++)
        {
            var roll = random.Next(total);
            var code = _languages.First(l => roll < l.Cumulative).Code;
            if (!languages.Contains(code))
            {
                languages.Add(code);
            }
        }

        return languages;
    }

    private static List<string> Channels(Random random, Activity activity)
    {
        var channels = activity.Channels.Where(_ => random.Next(5) > 0).ToList();
        if (channels.Count == 0)
        {
            channels.Add(activity.Channels[0]);
        }

        if (!channels.Contains("phone") && random.Next(6) == 0)
        {
            channels.Add("phone");
        }

        return [.. new[] { "in_person", "phone", "online" }.Where(channels.Contains)];
    }

    private List<string> Areas(Random random, string borough, bool inPerson)
    {
        var areas = new List<string> { borough };
        var more = inPerson ? (random.Next(8) == 0 ? 1 : 0) : random.Next(4);
        for (var n = 0; n < more; n++)
        {
            var other = _sectors.Boroughs[random.Next(_sectors.Boroughs.Count)];
            if (!areas.Contains(other))
            {
                areas.Add(other);
            }
        }

        return areas;
    }

    private static string AttendingType(List<string> channels, bool remote)
    {
        var ways = channels.Where(c => !remote || c != "in_person").Select(c => c switch
        {
            "in_person" => "in person",
            "phone" => "by phone",
            _ => "online",
        }).ToList();
        if (ways.Count == 0)
        {
            ways.Add("by phone");
        }

        var text = ways.Count == 1 ? ways[0] : string.Join(", ", ways.Take(ways.Count - 1)) + " or " + ways[^1];
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static (int? Minimum, int? Maximum) AgeRange(AgeGroup group) => group switch
    {
        AgeGroup.Adults => (18, null),
        AgeGroup.SixteenPlus => (16, null),
        AgeGroup.UnderFives => (0, 5),
        AgeGroup.Babies => (0, 1),
        AgeGroup.Children => (5, 16),
        AgeGroup.YoungPeople => (11, 19),
        AgeGroup.YoungAdults => (11, 25),
        AgeGroup.SixteenToTwentyFour => (16, 24),
        AgeGroup.Over60s => (60, null),
        AgeGroup.Over65s => (65, null),
        AgeGroup.FortyToSeventyFour => (40, 74),
        AgeGroup.Parents => (16, null),
        _ => (null, null),
    };

    private static IEnumerable<(string Option, decimal Amount, string? Description)> Costs(Random random, Charging charging)
    {
        switch (charging)
        {
            case Charging.NhsService:
                yield return ("Free", 0m, "NHS service");
                break;
            case Charging.SmallFee:
                yield return ("Per session", 1.5m + (random.Next(10) * 0.5m), "per session, including tea");
                if (random.Next(2) == 0)
                {
                    yield return ("Concession", 0m, "Free for people on benefits and for carers");
                }

                break;
            case Charging.CourseFee:
                yield return ("Free with benefits or a low income", 0m, "Free if you receive benefits or earn less than the London Living Wage");
                yield return ("Standard fee", 40m + (random.Next(12) * 10m), "per course");
                break;
            case Charging.SlidingScale:
                yield return ("Sliding scale", 10m + (random.Next(3) * 5m), "lowest fee per session, for people on a low income");
                yield return ("Sliding scale", 40m + (random.Next(3) * 5m), "highest fee per session");
                break;
            case Charging.WeeklyCharge:
                yield return ("Weekly charge", 5.2m, "per week");
                break;
            case Charging.PayAsYouFeel:
                yield return ("Pay as you feel", 0m, "Pay what you can afford, or nothing");
                break;
            default:
                yield return ("Free", 0m, random.Next(3) == 0 ? "Donations welcome" : null);
                break;
        }
    }

    // ------------------------------------------------------------------ randomness

    /// <summary>A UUID v4 drawn from the generator, so ids are random-looking but repeat with the seed.</summary>
    private static string NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Postcode(Random random)
    {
        const string letters = "ABDEFGHJLNPQRSTUWXYZ";
        return string.Create(CultureInfo.InvariantCulture, $"{letters[random.Next(letters.Length)]}{letters[random.Next(letters.Length)]}");
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (c == ' ' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
