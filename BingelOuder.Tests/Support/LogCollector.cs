using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BingelOuder.Tests.Support;

/// <summary>
/// Keeps every log line the app writes (message, values and exception), so tests can check what
/// leaks into logs.
/// </summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public string AllText => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector collector, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}"))
                : "";
            var message = formatter(state, exception);
            collector._lines.Enqueue($"{logLevel} {category}: {message} [{structured}] {exception}");
        }
    }
}
