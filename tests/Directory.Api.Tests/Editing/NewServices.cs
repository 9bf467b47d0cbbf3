using System.Text.Json.Nodes;

namespace Directory.Api.Tests.Editing;

/// <summary>Service documents as an editor would send them: new records without ids, references by id.</summary>
public static class NewServices
{
    /// <summary>A walking group at a new venue, run by Newham Striders: every part the editing API checks, valid.</summary>
    public static JsonObject WalkingClub(string name = "Striders Nordic Walking") => JsonNode.Parse($$"""
        {
          "organization_id": "{{Editor.StridersId}}",
          "name": "{{name}}",
          "description": "Nordic walking with poles, lent free, on Tuesday mornings.",
          "url": "https://newham-striders.example.org/nordic",
          "email": "nordic@newham-striders.example.org",
          "status": "active",
          "minimum_age": 16,
          "maximum_age": 90,
          "service_at_locations": [
            {
              "location": {
                "location_type": "physical",
                "name": "Plashet Park gates",
                "latitude": 51.5386,
                "longitude": 0.0497,
                "addresses": [
                  { "address_1": "Plashet Park, Shrewsbury Road", "city": "London", "state_province": "Newham", "postal_code": "E7 8QP", "country": "GB", "address_type": "physical" }
                ]
              }
            }
          ],
          "schedules": [
            { "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "11:30", "description": "Tuesday mornings." }
          ],
          "contacts": [
            { "name": "Walk leaders", "phones": [ { "number": "020 7946 0101" } ] }
          ],
          "attributes": [
            { "taxonomy_term_id": "{{Editor.SelfReferralTermId}}" }
          ]
        }
        """)!.AsObject();

    /// <summary>Sets <paramref name="value"/> at a path such as <c>schedules[0].opens_at</c> (null removes it).</summary>
    public static JsonObject With(this JsonObject document, string path, JsonNode? value)
    {
        var copy = document.DeepClone().AsObject();
        JsonNode node = copy;
        var steps = path.Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            var (name, index) = Step(steps[i]);
            var last = i == steps.Length - 1;
            if (index is null)
            {
                if (last)
                {
                    if (value is null)
                    {
                        node.AsObject().Remove(name);
                    }
                    else
                    {
                        node[name] = value.DeepClone();
                    }

                    return copy;
                }

                node = node[name]!;
            }
            else
            {
                var array = node[name]!.AsArray();
                if (last)
                {
                    array[index.Value] = value?.DeepClone();
                    return copy;
                }

                node = array[index.Value]!;
            }
        }

        return copy;
    }

    private static (string Name, int? Index) Step(string step)
    {
        var bracket = step.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? (step, null) : (step[..bracket], int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
