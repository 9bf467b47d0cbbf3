using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Portal.Hosting;

public static class PortalPages
{
    public const string FindSupportPage = "/FindSupport/Index";

    public static IHostApplicationBuilder AddPortalPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
            // The home page is Find support. Links always name /find-support, so there is one address to share.
            options.Conventions.AddPageRouteModelConvention(FindSupportPage, page => page.Selectors.Add(new SelectorModel
            {
                AttributeRouteModel = new AttributeRouteModel { Template = string.Empty, SuppressLinkGeneration = true },
            })));
        return builder;
    }
}
