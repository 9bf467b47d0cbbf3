namespace Portal.Pages.FindSupport;

/// <summary>
/// Providers write their own web addresses. Only http and https ones become links, so a
/// <c>javascript:</c> or <c>data:</c> address in the Directory can never run in someone's browser.
/// </summary>
public static class WebAddress
{
    public static string? OrNull(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
