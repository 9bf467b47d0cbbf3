namespace Offers.Api.DemoData;

/// <summary>
/// The demo data file: <c>{ "as_of": "2026-11-26", "offers": [...] }</c>. Its dates are written as seen
/// on <c>as_of</c>; the seeder moves them by the days since, so a demo run any day finds offers current.
/// </summary>
public sealed record OffersSeedDocument(IReadOnlyList<OfferSeed> Offers, DateOnly? AsOf);
