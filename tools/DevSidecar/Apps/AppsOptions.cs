using Microsoft.Extensions.Options;

namespace DevSidecar.Apps;

/// <summary>The apps the sidecar serves: configuration <c>Apps:N:AppId</c> and <c>Apps:N:Url</c>.</summary>
internal sealed class AppsOptions
{
    public List<AppRegistration> Apps { get; init; } = [];
}

/// <summary>One app: its Dapr app id and the HTTP/1.1 address where it answers Dapr's callbacks.</summary>
internal sealed class AppRegistration
{
    public string AppId { get; init; } = "";

    public string Url { get; init; } = "";

    /// <summary>The app's base address, ending in a slash so that routes resolve beneath any path it has.</summary>
    internal Uri BaseUri => new(Url.EndsWith('/') ? Url : Url + "/");
}

internal sealed class AppsOptionsValidator : IValidateOptions<AppsOptions>
{
    public ValidateOptionsResult Validate(string? name, AppsOptions options)
    {
        var invalid = options.Apps.FirstOrDefault(app =>
            string.IsNullOrWhiteSpace(app.AppId)
            || !Uri.TryCreate(app.Url, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps));
        if (invalid is not null)
        {
            return ValidateOptionsResult.Fail(
                $"Each of Apps needs an AppId and an absolute http Url; app '{invalid.AppId}' with Url '{invalid.Url}' has not.");
        }

        var duplicate = options.Apps.GroupBy(app => app.AppId, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return duplicate is not null
            ? ValidateOptionsResult.Fail($"App id '{duplicate.Key}' is listed more than once under Apps.")
            : ValidateOptionsResult.Success;
    }
}
