using System.Globalization;
using Directory.Api.Import;

namespace DirectoryImport;

/// <summary>What an import did, counted per service record, with every failure and why.</summary>
public sealed class ImportSummary
{
    private readonly List<string> _failures = [];
    private readonly HashSet<Guid> _changedThroughSharedRecords = [];

    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Failed => _failures.Count;
    public int Read => Created + Updated + Unchanged + Failed;
    public int Pages { get; set; }
    public TaxonomyImportSummary? Taxonomies { get; set; }

    public void Add(Guid serviceId, ImportOutcome outcome)
    {
        switch (outcome.Result)
        {
            case ImportResult.Created:
                Created++;
                break;
            case ImportResult.Updated:
                Updated++;
                break;
            case ImportResult.Unchanged:
                Unchanged++;
                break;
            default:
                Fail($"service {serviceId}", outcome.Problems);
                break;
        }

        _changedThroughSharedRecords.UnionWith(outcome.ChangedServices.Where(id => id != serviceId));
    }

    public void Fail(string record, IEnumerable<string> problems) => _failures.Add($"{record}: {string.Join(" ", problems)}");

    public void WriteTo(TextWriter output, string feed, bool dryRun, TimeSpan elapsed)
    {
        output.WriteLine(dryRun
            ? $"Dry run of an import from {feed}: nothing was written. It would have done this:"
            : $"Imported from {feed} ({FeedClient.Version}).");
        if (Taxonomies is { } taxonomies)
        {
            output.WriteLine($"Taxonomies: {taxonomies.NewTaxonomies} new, {taxonomies.NewTerms} new terms.");
            foreach (var problem in taxonomies.Problems)
            {
                output.WriteLine($"  {problem}");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Services: {Read:N0} read from {Pages:N0} page(s) in {elapsed.TotalSeconds:N1} s: {Created + Updated:N0} changed ({Created:N0} created, {Updated:N0} updated), {Unchanged:N0} unchanged, {Failed:N0} failed."));
        if (_changedThroughSharedRecords.Count > 0)
        {
            output.WriteLine($"  {_changedThroughSharedRecords.Count:N0} other service(s) changed through an organisation or location they share.");
        }

        if (_failures.Count > 0)
        {
            output.WriteLine("Failed records (skipped):");
            foreach (var failure in _failures)
            {
                output.WriteLine($"  {failure}");
            }
        }
    }
}
