using System.Diagnostics;
using System.Globalization;

namespace DirectoryImport;

/// <summary>
/// Progress on stderr: on a terminal one line redrawn in place (a bar, services and pages done, the rate
/// and the time left); otherwise, as in a log, a plain line per page.
/// </summary>
public sealed class ImportProgress(TextWriter errors, bool onOneLine)
{
    private const int BarWidth = 24;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(200);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _drawnAt;
    private bool _lineOpen;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>A service was done. <paramref name="total"/> is the feed's count, when it gives one.</summary>
    public void ServiceDone(int done, int? total, int page, int? pages)
    {
        if (onOneLine && (_drawnAt is null || _clock.Elapsed - _drawnAt >= RedrawInterval || done == total))
        {
            _drawnAt = _clock.Elapsed;
            errors.Write($"\r{Line(done, total, page, pages, bar: true)}   ");
            _lineOpen = true;
        }
    }

    public void PageDone(int done, int? total, int page, int? pages)
    {
        if (!onOneLine)
        {
            errors.WriteLine(Line(done, total, page, pages, bar: false));
        }
    }

    /// <summary>A note (a retry, a skipped step) on its own line, without tearing the bar.</summary>
    public void Note(string message)
    {
        EndLine();
        errors.WriteLine(message);
    }

    public void EndLine()
    {
        if (_lineOpen)
        {
            errors.WriteLine();
            _lineOpen = false;
        }
    }

    private string Line(int done, int? total, int page, int? pages, bool bar)
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var rate = done / seconds;
        var left = total is { } all && rate > 0 ? TimeSpan.FromSeconds(Math.Max(all - done, 0) / rate) : (TimeSpan?)null;
        var ofServices = total is { } count ? $"{done:N0}/{count:N0}" : $"{done:N0}";
        var ofPages = pages is { } pageCount ? $"{page:N0}/{pageCount:N0}" : $"{page:N0}";
        var eta = left is { } remaining ? $"{(int)remaining.TotalMinutes}:{remaining.Seconds:00}" : "?";
        return bar
            ? string.Create(CultureInfo.InvariantCulture, $"{Bar(done, total)} {ofServices} services, page {ofPages}, {rate:N1}/s, ETA {eta}")
            : string.Create(CultureInfo.InvariantCulture, $"page {ofPages}: {ofServices} services, {rate:N1} a second, about {eta} left");
    }

    private static string Bar(int done, int? total)
    {
        var filled = total is > 0 ? Math.Clamp(done * BarWidth / total.Value, 0, BarWidth) : 0;
        return $"[{new string('#', filled)}{new string('-', BarWidth - filled)}]";
    }
}
