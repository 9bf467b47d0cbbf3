using System.Text.Json;

namespace DevSidecar.Delivery;

internal enum DeliveryResult
{
    Success,
    Retry,
    Drop,
}

/// <summary>What one delivery attempt came to, by Dapr's rules for an app's answer, with the reason for the logs.</summary>
internal readonly record struct DeliveryOutcome(DeliveryResult Result, string Reason)
{
    public static DeliveryOutcome Retry(string reason) => new(DeliveryResult.Retry, reason);

    /// <summary>
    /// Dapr's rules (Pub/sub API reference, "Expected HTTP Response"): a 2xx is processed by the <c>status</c> of its
    /// JSON body, and counts as SUCCESS when the body is empty, has no status, or is not JSON; RETRY and any unknown
    /// status are retried; DROP is dropped; a 404 is dropped; any other status is retried.
    /// </summary>
    public static DeliveryOutcome FromAppResponse(int statusCode, string body)
    {
        if (statusCode is < 200 or > 299)
        {
            return statusCode == StatusCodes.Status404NotFound
                ? new(DeliveryResult.Drop, "HTTP 404")
                : Retry($"HTTP {statusCode}");
        }

        return StatusIn(body) switch
        {
            null or "" or "SUCCESS" => new(DeliveryResult.Success, $"HTTP {statusCode}"),
            "RETRY" => Retry("status RETRY"),
            "DROP" => new(DeliveryResult.Drop, "status DROP"),
            var unknown => Retry($"unknown status {unknown}"),
        };
    }

    private static string? StatusIn(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // Go's JSON decoder, which reads the answer in Dapr, matches the field name regardless of case.
            var status = document.RootElement.EnumerateObject()
                .FirstOrDefault(property => property.Name.Equals("status", StringComparison.OrdinalIgnoreCase));
            return status.Value.ValueKind == JsonValueKind.String ? status.Value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
