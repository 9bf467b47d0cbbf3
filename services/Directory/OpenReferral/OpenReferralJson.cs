using System.Text.Json;
using System.Text.Json.Serialization;

namespace Directory.Api.OpenReferral;

/// <summary>ORUK documents are snake_case and leave out what is unknown (the schemas do not allow nulls).</summary>
public static class OpenReferralJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }

    public static IHostApplicationBuilder AddOpenReferralJson(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(http => Configure(http.SerializerOptions));
        return builder;
    }
}
