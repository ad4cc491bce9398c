using Switchboard.Workers;

namespace Switchboard.Events.Streaming;

/// <summary>"New events may have been committed" (here, or on another instance's NOTIFY): wakes the hub's reader.</summary>
public sealed class EventSignal : WakeSignal;
