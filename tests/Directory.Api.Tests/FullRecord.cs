using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Tests;

/// <summary>
/// A service with every field HSDS-UK 3.0 defines filled in, down to the attributes on an address and
/// the languages of a phone line, in its own taxonomy whose terms form a hierarchy. The demo data
/// leaves much of the model empty; this record makes the tests read and write all of it.
/// </summary>
public static class FullRecord
{
    public const string TaxonomyId = "f0110000-0000-4000-8000-000000000001";
    public const string ParentTermId = "f0110000-0000-4000-8000-000000000002";
    public const string ChildTermId = "f0110000-0000-4000-8000-000000000003";
    public const string OrganizationId = "f0110000-0000-4000-8000-000000000010";
    public const string ServiceId = "f0110000-0000-4000-8000-000000000020";
    public const string ServiceAtLocationId = "f0110000-0000-4000-8000-000000000030";
    public const string LocationId = "f0110000-0000-4000-8000-000000000031";
    public const string ServiceName = "Round-Trip Reading Circle";

    public const string TaxonomyJson = """
        {
          "id": "f0110000-0000-4000-8000-000000000001",
          "name": "test-round-trip",
          "description": "A two-level vocabulary for the tests.",
          "uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip",
          "version": "2.1",
          "taxonomy_terms": [
            {
              "id": "f0110000-0000-4000-8000-000000000002",
              "name": "Reading",
              "description": "Anything to do with books.",
              "taxonomy": "test-round-trip",
              "taxonomy_id": "f0110000-0000-4000-8000-000000000001",
              "term_uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip/reading",
              "term": "reading"
            },
            {
              "id": "f0110000-0000-4000-8000-000000000003",
              "name": "Reading aloud",
              "description": "Reading to others, or being read to.",
              "parent_id": "f0110000-0000-4000-8000-000000000002",
              "taxonomy": "test-round-trip",
              "taxonomy_id": "f0110000-0000-4000-8000-000000000001",
              "term_uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip/reading-aloud",
              "term": "reading_aloud"
            }
          ]
        }
        """;

    public const string ServiceJson = """
        {
          "id": "f0110000-0000-4000-8000-000000000020",
          "organization_id": "f0110000-0000-4000-8000-000000000010",
          "name": "Round-Trip Reading Circle",
          "description": "A weekly reading circle in a library.",
          "url": "https://round-trip.example.org/reading",
          "email": "reading@round-trip.example.org",
          "status": "active",
          "fees": "Free; a donation for tea is welcome.",
          "accreditations": "Reading Agency partner",
          "minimum_age": 16,
          "maximum_age": 99,
          "assured_date": "2026-09-01",
          "assurer_email": "directory@neighbourhood-care.example.org",
          "alert": "No circle on 24 December.",
          "last_modified": "2026-09-02T10:11:12.345Z",
          "schedules": [
            {
              "id": "f0110000-0000-4000-8000-000000000040",
              "service_id": "f0110000-0000-4000-8000-000000000020",
              "service_at_location_id": "f0110000-0000-4000-8000-000000000030",
              "valid_from": "2026-01-01",
              "valid_to": "2027-12-31",
              "dtstart": "2026-01-06",
              "freq": "WEEKLY",
              "interval": 1,
              "byday": "TU",
              "bymonthday": "1",
              "description": "Tuesday afternoons.",
              "opens_at": "14:00",
              "closes_at": "15:30",
              "schedule_link": "https://round-trip.example.org/reading/dates",
              "attending_type": "In person",
              "notes": "Arrive a few minutes early."
            }
          ],
          "service_areas": [
            {
              "id": "f0110000-0000-4000-8000-000000000041",
              "service_id": "f0110000-0000-4000-8000-000000000020",
              "name": "Newham",
              "extent": "{\"type\":\"Point\",\"coordinates\":[0.0537,51.5266]}",
              "extent_type": "geojson",
              "uri": "http://statistics.data.gov.uk/id/statistical-geography/E09000025",
              "service_area": "People who live in Newham"
            }
          ],
          "service_at_locations": [
            {
              "id": "f0110000-0000-4000-8000-000000000030",
              "service_id": "f0110000-0000-4000-8000-000000000020",
              "location_id": "f0110000-0000-4000-8000-000000000031",
              "location": {
                "id": "f0110000-0000-4000-8000-000000000031",
                "location_type": "physical",
                "name": "Round-Trip Library",
                "description": "The library by the station.",
                "latitude": 51.5301,
                "longitude": 0.0525,
                "external_identifier": "100023336956",
                "external_identifier_type": "UPRN",
                "addresses": [
                  {
                    "id": "f0110000-0000-4000-8000-000000000032",
                    "location_id": "f0110000-0000-4000-8000-000000000031",
                    "attention": "Reading circle",
                    "address_1": "1 Library Road",
                    "city": "London",
                    "region": "Greater London",
                    "state_province": "Newham",
                    "postal_code": "E6 2RT",
                    "country": "GB",
                    "address_type": "physical",
                    "attributes": [
                      {
                        "id": "f0110000-0000-4000-8000-000000000050",
                        "link_id": "f0110000-0000-4000-8000-000000000032",
                        "taxonomy_term_id": "f0110000-0000-4000-8000-000000000002",
                        "link_type": "address",
                        "taxonomy_term": {
                          "id": "f0110000-0000-4000-8000-000000000002",
                          "name": "Reading",
                          "description": "Anything to do with books.",
                          "taxonomy": "test-round-trip",
                          "taxonomy_id": "f0110000-0000-4000-8000-000000000001",
                          "term_uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip/reading",
                          "term": "reading"
                        }
                      }
                    ]
                  }
                ],
                "accessibility": [
                  {
                    "id": "f0110000-0000-4000-8000-000000000033",
                    "location_id": "f0110000-0000-4000-8000-000000000031",
                    "description": "Hearing loop",
                    "details": "Ask at the desk for the loop to be switched on.",
                    "url": "https://round-trip.example.org/access",
                    "accessibility": "Induction loop in the reading room.",
                    "attributes": [
                      {
                        "id": "f0110000-0000-4000-8000-000000000051",
                        "link_id": "f0110000-0000-4000-8000-000000000033",
                        "taxonomy_term_id": "f0110000-0000-4000-8000-000000000003",
                        "link_type": "accessibility",
                        "taxonomy_term": {
                          "id": "f0110000-0000-4000-8000-000000000003",
                          "name": "Reading aloud",
                          "description": "Reading to others, or being read to.",
                          "parent_id": "f0110000-0000-4000-8000-000000000002",
                          "taxonomy": "test-round-trip",
                          "taxonomy_id": "f0110000-0000-4000-8000-000000000001",
                          "term_uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip/reading-aloud",
                          "term": "reading_aloud"
                        }
                      }
                    ]
                  }
                ],
                "attributes": [
                  {
                    "id": "f0110000-0000-4000-8000-000000000052",
                    "link_id": "f0110000-0000-4000-8000-000000000031",
                    "taxonomy_term_id": "f0110000-0000-4000-8000-000000000002",
                    "link_type": "location",
                    "taxonomy_term": {
                      "id": "f0110000-0000-4000-8000-000000000002",
                      "name": "Reading",
                      "description": "Anything to do with books.",
                      "taxonomy": "test-round-trip",
                      "taxonomy_id": "f0110000-0000-4000-8000-000000000001",
                      "term_uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip/reading",
                      "term": "reading"
                    }
                  }
                ]
              }
            }
          ],
          "languages": [
            { "id": "f0110000-0000-4000-8000-000000000042", "service_id": "f0110000-0000-4000-8000-000000000020" }
          ],
          "organization": {
            "id": "f0110000-0000-4000-8000-000000000010",
            "name": "Round-Trip Readers",
            "description": "A reading charity that exists for the tests.",
            "email": "hello@round-trip.example.org",
            "website": "https://round-trip.example.org",
            "logo": "https://round-trip.example.org/logo.png",
            "uri": "https://round-trip.example.org/about",
            "parent_organization_id": "f0110000-0000-4000-8000-000000000011",
            "organization_identifiers": [
              {
                "id": "f0110000-0000-4000-8000-000000000012",
                "organization_id": "f0110000-0000-4000-8000-000000000010",
                "identifier_scheme": "GB-CHC",
                "identifier_type": "Charity number",
                "identifier": "1234567",
                "attributes": [
                  {
                    "id": "f0110000-0000-4000-8000-000000000053",
                    "link_id": "f0110000-0000-4000-8000-000000000012",
                    "taxonomy_term_id": "f0110000-0000-4000-8000-000000000002",
                    "link_type": "organization_identifier",
                    "taxonomy_term": {
                      "id": "f0110000-0000-4000-8000-000000000002",
                      "name": "Reading",
                      "description": "Anything to do with books.",
                      "taxonomy": "test-round-trip",
                      "taxonomy_id": "f0110000-0000-4000-8000-000000000001",
                      "term_uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip/reading",
                      "term": "reading"
                    }
                  }
                ]
              }
            ],
            "attributes": [
              {
                "id": "f0110000-0000-4000-8000-000000000054",
                "link_id": "f0110000-0000-4000-8000-000000000010",
                "taxonomy_term_id": "f0110000-0000-4000-8000-000000000002",
                "link_type": "organization",
                "taxonomy_term": {
                  "id": "f0110000-0000-4000-8000-000000000002",
                  "name": "Reading",
                  "description": "Anything to do with books.",
                  "taxonomy": "test-round-trip",
                  "taxonomy_id": "f0110000-0000-4000-8000-000000000001",
                  "term_uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip/reading",
                  "term": "reading"
                }
              }
            ]
          },
          "funding": [
            {
              "id": "f0110000-0000-4000-8000-000000000043",
              "service_id": "f0110000-0000-4000-8000-000000000020",
              "source": "The Round-Trip Trust"
            }
          ],
          "cost_options": [
            {
              "id": "f0110000-0000-4000-8000-000000000044",
              "service_id": "f0110000-0000-4000-8000-000000000020",
              "valid_from": "2026-01-01",
              "valid_to": "2026-12-31",
              "option": "Tea",
              "amount": 1.5,
              "amount_description": "For tea and biscuits, if you like"
            }
          ],
          "contacts": [
            {
              "id": "f0110000-0000-4000-8000-000000000045",
              "service_id": "f0110000-0000-4000-8000-000000000020",
              "name": "Circle Coordinator",
              "title": "Volunteer Coordinator",
              "phones": [
                {
                  "id": "f0110000-0000-4000-8000-000000000046",
                  "contact_id": "f0110000-0000-4000-8000-000000000045",
                  "number": "020 7946 0999",
                  "description": "Answered on Tuesdays",
                  "languages": [
                    { "id": "f0110000-0000-4000-8000-000000000047", "phone_id": "f0110000-0000-4000-8000-000000000046" }
                  ]
                }
              ],
              "attributes": [
                {
                  "id": "f0110000-0000-4000-8000-000000000055",
                  "link_id": "f0110000-0000-4000-8000-000000000045",
                  "taxonomy_term_id": "f0110000-0000-4000-8000-000000000003",
                  "link_type": "contact",
                  "taxonomy_term": {
                    "id": "f0110000-0000-4000-8000-000000000003",
                    "name": "Reading aloud",
                    "description": "Reading to others, or being read to.",
                    "parent_id": "f0110000-0000-4000-8000-000000000002",
                    "taxonomy": "test-round-trip",
                    "taxonomy_id": "f0110000-0000-4000-8000-000000000001",
                    "term_uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip/reading-aloud",
                    "term": "reading_aloud"
                  }
                }
              ]
            }
          ],
          "attributes": [
            {
              "id": "f0110000-0000-4000-8000-000000000056",
              "link_id": "f0110000-0000-4000-8000-000000000020",
              "taxonomy_term_id": "f0110000-0000-4000-8000-000000000003",
              "link_type": "service",
              "taxonomy_term": {
                "id": "f0110000-0000-4000-8000-000000000003",
                "name": "Reading aloud",
                "description": "Reading to others, or being read to.",
                "parent_id": "f0110000-0000-4000-8000-000000000002",
                "taxonomy": "test-round-trip",
                "taxonomy_id": "f0110000-0000-4000-8000-000000000001",
                "term_uri": "https://neighbourhood-care.example.org/taxonomies/test-round-trip/reading-aloud",
                "term": "reading_aloud"
              }
            }
          ]
        }
        """;

    /// <summary>Adds the record through the same reader the demo data goes through, once per database.</summary>
    public static async Task AddToAsync(DirectoryFixture fixture) => await fixture.ChangeDatabaseAsync(async db =>
    {
        if (await db.Services.FindAsync(Guid.Parse(ServiceId)) is not null)
        {
            return;
        }

        var reader = new ServiceDocumentReader();
        reader.Read(Deserialize<TaxonomyDocument>(TaxonomyJson));
        var service = reader.Read(Deserialize<ServiceDocument>(ServiceJson));
        db.Taxonomies.AddRange(reader.Taxonomies);
        db.Organizations.AddRange(reader.Organizations);
        db.Services.Add(service);
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// The JSON as written above, with arrays of records put in id order: the feed need not list a
    /// record's children in the order they were given, only list them all.
    /// </summary>
    public static JsonNode Normalised(JsonNode node) => node switch
    {
        JsonObject record => new JsonObject(record.Select(field => KeyValuePair.Create(field.Key, field.Value is null ? null : Normalised(field.Value)))),
        JsonArray array => new JsonArray(array.Select(item => Normalised(item!)).OrderBy(item => (string?)item["id"], StringComparer.Ordinal).ToArray()),
        _ => node.DeepClone(),
    };

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, OpenReferralJson.Options) ?? throw new InvalidDataException($"Not a {typeof(T).Name}.");
}
