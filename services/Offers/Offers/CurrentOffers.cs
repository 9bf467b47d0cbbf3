using Microsoft.EntityFrameworkCore;
using Offers.Api.Data;

namespace Offers.Api.Offers;

/// <summary>Which offers are current: valid today, by the London calendar.</summary>
public sealed class CurrentOffers(OffersDbContext db, LondonCalendar calendar)
{
    public IQueryable<Offer> ValidToday()
    {
        var today = calendar.Today();
        return db.Offers.AsNoTracking().Where(o => o.ValidFrom <= today && o.ValidTo >= today);
    }

    /// <summary>
    /// A service's current offers, ending soonest first: places go to the offer that will lapse first.
    /// A service has a handful at most, so they are ordered here, the same way on both engines.
    /// </summary>
    public async Task<IReadOnlyList<Offer>> OfServiceAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        var offers = await ValidToday().Where(o => o.ServiceId == serviceId).ToListAsync(cancellationToken);
        return [.. offers.OrderBy(o => o.ValidTo).ThenBy(o => o.Id)];
    }

    /// <summary>The service's current offer: the one ending soonest that still has places, else the one ending soonest.</summary>
    public async Task<Offer?> CurrentOfServiceAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        var offers = await OfServiceAsync(serviceId, cancellationToken);
        return offers.FirstOrDefault(o => o.PlacesLeft > 0) ?? offers.FirstOrDefault();
    }
}
