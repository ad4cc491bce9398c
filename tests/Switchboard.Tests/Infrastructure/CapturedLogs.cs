using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Switchboard.Tests.Infrastructure;

/// <summary>
/// Keeps every log line the app writes, at every level, with its structured values, its scopes and
/// any exception text, so a test can prove what never reaches a log.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder()
                .Append(logLevel).Append(' ').Append(category).Append(": ").Append(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append(" | ").Append(key).Append('=').Append(value);
                }
            }

            owner.scopes.ForEachScope((scope, builder) => builder.Append(" | scope=").Append(scope), line);
            if (exception is not null)
            {
                line.Append(" | ").Append(exception);
            }

            owner.lines.Enqueue(line.ToString());
        }
    }
}
