using Microsoft.Extensions.Logging;

namespace DevSidecar.Tests.Fakes;

/// <summary>Records the sidecar's log entries so that tests can wait for one, and see its structured values.</summary>
internal sealed class LogRecorder : ILoggerProvider
{
    private readonly List<LogEntry> _entries = [];
    private readonly List<(Func<LogEntry, bool> Matches, TaskCompletionSource<LogEntry> Found)> _waiting = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public Task<LogEntry> WaitForAsync(Func<LogEntry, bool> matches)
    {
        lock (_entries)
        {
            if (_entries.FirstOrDefault(matches) is { } entry)
            {
                return Task.FromResult(entry);
            }

            var found = new TaskCompletionSource<LogEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((matches, found));
            return found.Task.WaitAsync(Patience.Timeout, TestContext.Current.CancellationToken);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        lock (_entries)
        {
            _entries.Add(entry);
            foreach (var waiter in _waiting.Where(waiter => waiter.Matches(entry)).ToList())
            {
                waiter.Found.TrySetResult(entry);
                _waiting.Remove(waiter);
            }
        }
    }

    private sealed class Recorder(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            recorder.Add(new LogEntry(
                category,
                logLevel,
                formatter(state, exception),
                values.ToDictionary(pair => pair.Key, pair => pair.Value)));
        }
    }
}

internal sealed record LogEntry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values)
{
    public string? this[string name] => Values.GetValueOrDefault(name)?.ToString();
}
