using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Switchboard.Data;

/// <summary>
/// Takes <see cref="SqliteWriteGate"/> where EF Core begins a transaction and where it runs a
/// write statement outside one, and gives it back at commit, rollback, the end of that statement,
/// or at the latest when the connection closes. Reads outside a transaction never wait for it.
/// </summary>
internal sealed partial class SqliteWriteGateInterceptor : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    public static SqliteWriteGateInterceptor Instance { get; } = new();

    // Transactions: from BEGIN to its end.
    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Entered(SqliteWriteGate.Enter(connection, null), eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Entered(await SqliteWriteGate.EnterAsync(connection, null, cancellationToken), eventData);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => SqliteWriteGate.Exit(ConnectionOf(eventData));

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => TransactionCommitted(transaction, eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        TransactionCommittedAsync(transaction, eventData, cancellationToken);

    // A failed BEGIN or COMMIT: the transaction is over as far as the gate is concerned.
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => SqliteWriteGate.Exit(ConnectionOf(eventData));

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    // Write statements outside a transaction (ExecuteUpdate, a one-row SaveChanges): for the statement.
    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Gate(command, eventData, result);

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        await GateAsync(command, eventData, result, cancellationToken);

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Gate(command, eventData, result);

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        await GateAsync(command, eventData, result, cancellationToken);

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Gate(command, eventData, result);

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        await GateAsync(command, eventData, result, cancellationToken);

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Ended(command, result);

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NonQueryExecuted(command, eventData, result));

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Ended(command, result);

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ScalarExecuted(command, eventData, result));

    // A reader's statement (INSERT ... RETURNING) holds SQLite's lock until the reader is done with.
    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result) =>
        Ended(command, result);

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(Ended(command, result));

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result) =>
        Ended(command, result);

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => SqliteWriteGate.ExitStatement(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Ended(command, Task.CompletedTask);

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => SqliteWriteGate.ExitStatement(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default) =>
        Ended(command, Task.CompletedTask);

    // The backstop: a transaction disposed without commit or rollback ends with its connection.
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        Closed(connection, result);

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(Closed(connection, result));

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        Closed(connection, result);

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(Closed(connection, result));

    // A finished SqliteTransaction has let go of its connection; the context still has it.
    private static DbConnection? ConnectionOf(DbContextEventData eventData) => eventData.Context?.Database.GetDbConnection();

    private static bool NeedsGate(DbCommand command) =>
        command.Transaction is null && command.Connection is { } connection && !SqliteWriteGate.IsHeld(connection) && IsWrite(command.CommandText);

    /// <summary>Anything but a SELECT or PRAGMA (after EF's leading "-- tag" comments) counts as a write.</summary>
    internal static bool IsWrite(string sql)
    {
        var text = sql.AsSpan();
        while (true)
        {
            text = text.TrimStart();
            if (!text.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var end = text.IndexOf('\n');
            text = end < 0 ? [] : text[(end + 1)..];
        }

        return !(text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase) || text.IsEmpty);
    }

    private static T Ended<T>(DbCommand command, T result)
    {
        SqliteWriteGate.ExitStatement(command);
        return result;
    }

    private static T Closed<T>(DbConnection connection, T result)
    {
        SqliteWriteGate.Exit(connection);
        return result;
    }

    private static T Gate<T>(DbCommand command, EventData eventData, T result)
    {
        if (NeedsGate(command))
        {
            Entered(SqliteWriteGate.Enter(command.Connection!, command), eventData);
        }

        return result;
    }

    private static async ValueTask<T> GateAsync<T>(DbCommand command, EventData eventData, T result, CancellationToken ct)
    {
        if (NeedsGate(command))
        {
            Entered(await SqliteWriteGate.EnterAsync(command.Connection!, command, ct), eventData);
        }

        return result;
    }

    private static void Entered(bool entered, EventData eventData)
    {
        if (!entered && eventData is DbContextEventData { Context: { } context })
        {
            LogGateTimedOut(context.GetService<ILoggerFactory>().CreateLogger<SqliteWriteGateInterceptor>(), SqliteWriteGate.MaxWait.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waited {Seconds} s for the SQLite write gate; writing without it (SQLite's own lock still applies)")]
    private static partial void LogGateTimedOut(ILogger logger, double seconds);
}
