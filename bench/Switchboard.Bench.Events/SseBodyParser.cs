using System.Text;

namespace Switchboard.Bench.Events;

/// <summary>
/// Turns the bytes of an HTTP/1.1 response carrying a chunked SSE body into its lines, whatever way
/// the reads split them: first the head (the status must be 200), then chunk sizes and chunk data,
/// and inside the data, lines ending in LF.
/// </summary>
internal sealed class SseBodyParser
{
    public delegate void LineHandler(ReadOnlySpan<byte> line);

    private readonly List<byte> _pending = [];
    private readonly List<byte> _line = [];
    private State _state = State.Head;
    private long _chunkLeft;

    private enum State
    {
        Head,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Ended,
    }

    public void Feed(ReadOnlySpan<byte> bytes, LineHandler onLine)
    {
        while (!bytes.IsEmpty)
        {
            switch (_state)
            {
                case State.Head:
                    bytes = ReadHead(bytes);
                    break;
                case State.ChunkSize:
                    bytes = ReadChunkSize(bytes);
                    break;
                case State.ChunkData:
                    var take = (int)Math.Min(_chunkLeft, bytes.Length);
                    ReadLines(bytes[..take], onLine);
                    _chunkLeft -= take;
                    bytes = bytes[take..];
                    if (_chunkLeft == 0)
                    {
                        _state = State.ChunkEnd;
                    }

                    break;
                case State.ChunkEnd:
                    // The CRLF after the chunk's data.
                    var newline = bytes.IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        return;
                    }

                    bytes = bytes[(newline + 1)..];
                    _state = State.ChunkSize;
                    break;
                case State.Ended:
                    return;
            }
        }
    }

    private ReadOnlySpan<byte> ReadHead(ReadOnlySpan<byte> bytes)
    {
        _pending.AddRange(bytes);
        var text = Encoding.ASCII.GetString([.. _pending]);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return [];
        }

        if (!text.StartsWith("HTTP/1.1 200", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The event stream answered: {text[..text.IndexOf('\r', StringComparison.Ordinal)]}");
        }

        if (!text[..end].Contains("transfer-encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("The event stream is not chunked; this client reads chunked bodies only.");
        }

        var consumedBefore = _pending.Count - bytes.Length;
        var bodyStart = end + 4 - consumedBefore;
        _pending.Clear();
        _state = State.ChunkSize;
        return bytes[bodyStart..];
    }

    private ReadOnlySpan<byte> ReadChunkSize(ReadOnlySpan<byte> bytes)
    {
        var newline = bytes.IndexOf((byte)'\n');
        if (newline < 0)
        {
            _pending.AddRange(bytes);
            return [];
        }

        _pending.AddRange(bytes[..newline]);
        var line = Encoding.ASCII.GetString([.. _pending]).TrimEnd('\r');
        _pending.Clear();
        var extension = line.IndexOf(';', StringComparison.Ordinal);
        _chunkLeft = Convert.ToInt64(extension < 0 ? line : line[..extension], 16);
        _state = _chunkLeft == 0 ? State.Ended : State.ChunkData;
        return bytes[(newline + 1)..];
    }

    private void ReadLines(ReadOnlySpan<byte> data, LineHandler onLine)
    {
        while (!data.IsEmpty)
        {
            var newline = data.IndexOf((byte)'\n');
            if (newline < 0)
            {
                _line.AddRange(data);
                return;
            }

            if (_line.Count == 0)
            {
                onLine(data[..newline]);
            }
            else
            {
                _line.AddRange(data[..newline]);
                onLine(_line.ToArray());
                _line.Clear();
            }

            data = data[(newline + 1)..];
        }
    }
}
