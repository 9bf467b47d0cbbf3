using System.Text.Json;

namespace Directory.Api.DemoData;

/// <summary>
/// Reads JSON from a stream a token, or a whole value, at a time. The buffer only ever has to hold the
/// largest value read whole (or the longest token), so a file of gigabytes is read in bounded memory.
/// </summary>
/// <remarks>
/// <see cref="Utf8JsonReader"/> is a ref struct and cannot live across an await: each step makes one over
/// the unread bytes and the saved <see cref="JsonReaderState"/>, and when it runs out of bytes the step
/// is retried after reading more.
/// </remarks>
internal sealed class StreamingJsonReader(Stream stream, JsonSerializerOptions options)
{
    private const int InitialBufferSize = 1 << 20;

    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _finalBlock;
    private JsonReaderState _state = new(new JsonReaderOptions
    {
        AllowTrailingCommas = options.AllowTrailingCommas,
        CommentHandling = options.ReadCommentHandling,
        MaxDepth = options.MaxDepth,
    });

    /// <summary>The next token, with its text when it is a property name.</summary>
    public async ValueTask<(JsonTokenType Type, string? PropertyName)> ReadTokenAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadToken(out var type, out var propertyName))
            {
                return (type, propertyName);
            }

            await ReadMoreAsync(cancellationToken);
        }
    }

    /// <summary>Skips the value after a property name, token by token: even a huge array needs no more buffer than its longest token.</summary>
    public async ValueTask SkipValueAsync(CancellationToken cancellationToken)
    {
        var depth = 0;
        while (!TrySkip(ref depth))
        {
            await ReadMoreAsync(cancellationToken);
        }
    }

    /// <summary>Whether the array being read has no more elements; if so, its end is read too.</summary>
    public async ValueTask<bool> AtArrayEndAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadArrayEnd(out var atEnd))
            {
                return atEnd;
            }

            await ReadMoreAsync(cancellationToken);
        }
    }

    /// <summary>The next value, read whole and deserialised.</summary>
    public async ValueTask<T?> ReadValueAsync<T>(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadValue<T>(out var value))
            {
                return value;
            }

            await ReadMoreAsync(cancellationToken);
        }
    }

    private bool TryReadToken(out JsonTokenType type, out string? propertyName)
    {
        var reader = Reader();
        if (!reader.Read())
        {
            (type, propertyName) = (JsonTokenType.None, null);
            return false;
        }

        type = reader.TokenType;
        propertyName = type == JsonTokenType.PropertyName ? reader.GetString() : null;
        Consumed(ref reader);
        return true;
    }

    private bool TrySkip(ref int depth)
    {
        var reader = Reader();
        while (reader.Read())
        {
            depth += reader.TokenType switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                Consumed(ref reader);
                return true;
            }
        }

        Consumed(ref reader);
        return false;
    }

    private bool TryReadArrayEnd(out bool atEnd)
    {
        var reader = Reader();
        if (!reader.Read())
        {
            atEnd = false;
            return false;
        }

        atEnd = reader.TokenType == JsonTokenType.EndArray;
        if (atEnd)
        {
            Consumed(ref reader);
        }

        return true;
    }

    private bool TryReadValue<T>(out T? value)
    {
        value = default;
        var reader = Reader();
        if (!reader.Read())
        {
            return false;
        }

        var start = (int)reader.TokenStartIndex;
        if (!reader.TrySkip())
        {
            return false;
        }

        value = JsonSerializer.Deserialize<T>(_buffer.AsSpan(_start + start, (int)reader.BytesConsumed - start), options);
        Consumed(ref reader);
        return true;
    }

    private Utf8JsonReader Reader() => new(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);

    private void Consumed(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private async ValueTask ReadMoreAsync(CancellationToken cancellationToken)
    {
        if (_finalBlock)
        {
            throw new JsonException("The JSON ends before it is complete.");
        }

        var unread = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, unread).CopyTo(_buffer);
            (_start, _end) = (0, unread);
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _finalBlock = read == 0;
    }
}
