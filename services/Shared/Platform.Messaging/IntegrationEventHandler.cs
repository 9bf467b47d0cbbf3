using Microsoft.EntityFrameworkCore;

namespace Platform.Messaging;

/// <summary>
/// Handles one integration event by changing <paramref name="db"/>. The handler does not save:
/// its changes are saved and committed with the inbox record when it answers
/// <see cref="SubscriberOutcome.Success"/>, and discarded otherwise.
/// </summary>
/// <param name="services">The request's scope, for anything else the handler needs.</param>
public delegate Task<SubscriberOutcome> IntegrationEventHandler<in TEvent, in TDbContext>(
    TEvent integrationEvent, TDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    where TDbContext : DbContext;
