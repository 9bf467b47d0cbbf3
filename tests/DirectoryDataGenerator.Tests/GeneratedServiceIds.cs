using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

namespace DirectoryDataGenerator.Tests;

/// <summary>
/// The service ids of a generated dataset, read while it is written: the generator writes into a pipe
/// and a <see cref="Utf8JsonReader"/> picks out each service's <c>id</c>, so a file of hundreds of
/// megabytes is never held, on disk or in memory.
/// </summary>
public static class GeneratedServiceIds
{
    private const int ServicePropertyDepth = 3;

    public static async Task<List<Guid>> ReadAsync(int count, int seed)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 22, resumeWriterThreshold: 1 << 21));
        var writing = Task.Run(() =>
        {
            using var stream = pipe.Writer.AsStream();
            new DatasetWriter(seed).Write(stream, count);
        });

        var ids = new List<Guid>(count);
        var state = new JsonReaderState();
        var inServices = false;
        var idIsNext = false;
        while (true)
        {
            var result = await pipe.Reader.ReadAsync();
            var consumed = Scan(result.Buffer, result.IsCompleted, ref state, ref inServices, ref idIsNext, ids);
            pipe.Reader.AdvanceTo(result.Buffer.GetPosition(consumed), result.Buffer.End);
            if (result.IsCompleted)
            {
                break;
            }
        }

        await pipe.Reader.CompleteAsync();
        await writing;
        return ids;
    }

    private static long Scan(
        ReadOnlySequence<byte> buffer, bool isFinalBlock, ref JsonReaderState state, ref bool inServices, ref bool idIsNext, List<Guid> ids)
    {
        var reader = new Utf8JsonReader(buffer, isFinalBlock, state);
        while (reader.Read())
        {
            if (idIsNext)
            {
                ids.Add(reader.GetGuid());
                idIsNext = false;
            }
            else if (reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.CurrentDepth == 1)
                {
                    inServices = reader.ValueTextEquals("services"u8);
                }
                else
                {
                    idIsNext = inServices && reader.CurrentDepth == ServicePropertyDepth && reader.ValueTextEquals("id"u8);
                }
            }
        }

        state = reader.CurrentState;
        return reader.BytesConsumed;
    }
}
