namespace Directory.Api.Editing;

/// <summary>Names a field the way the caller wrote it: <c>service_at_locations[0].location.addresses[1].postal_code</c>.</summary>
public static class FieldPath
{
    public static string Of(string prefix, string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";

    public static string Item(string prefix, string collection, int index) => $"{Of(prefix, collection)}[{index}]";
}
