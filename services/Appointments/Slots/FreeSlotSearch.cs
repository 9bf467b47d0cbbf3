using Appointments.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Api.Slots;

/// <summary>Finds the slots of a service that can still be booked: a place left and a start still to come.</summary>
public sealed class FreeSlotSearch(AppointmentsDbContext db, TimeProvider clock)
{
    /// <returns>Earliest first.</returns>
    public async Task<List<Slot>> FindAsync(FreeSlotQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var from = query.From.UtcDateTime;
        var to = query.To.UtcDateTime;
        var slots = db.Slots.AsNoTracking()
            .Where(s => s.ServiceId == query.ServiceId && s.Start >= from && s.Start < to && s.Start > now && s.Booked < s.Capacity)
            .OrderBy(s => s.Start)
            .ThenBy(s => s.Id);

        return query.MaxResults is { } max
            ? await slots.Take(max).ToListAsync(cancellationToken)
            : await slots.ToListAsync(cancellationToken);
    }
}
