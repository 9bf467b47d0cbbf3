using System.Diagnostics;
using Npgsql;

namespace DirectoryBenchmark;

/// <summary>What the baseline query found: the first page's service ids, and how many matched in all.</summary>
public sealed record BaselineAnswer(IReadOnlyList<Guid> Page, int Total);

/// <summary>
/// The same search as one plain PostgreSQL query over the Directory's own tables, written and indexed
/// as a careful developer would for this search: English full-text search on name and description (a
/// stored tsvector column with a GIN index), distance by earthdistance (GiST on each location's point,
/// then the exact great-circle distance), age bounds, the service area (a service that names councils
/// serves only their residents), and a weekly schedule open at the time, each subquery on an index. It is
/// what a directory without a search index would run. It knows less than the Directory does: no taxonomy
/// terms in the text, no typo tolerance, weekly schedules only, no bank holidays.
/// </summary>
/// <remarks>
/// The column and indexes are added to the benchmark's own Directory database (the Directory's model
/// does not map them, so it never reads them) once, and kept with it.
/// </remarks>
public sealed class PostgresBaseline : IAsyncDisposable
{
    private static readonly string[] Setup =
    [
        "CREATE EXTENSION IF NOT EXISTS cube",
        "CREATE EXTENSION IF NOT EXISTS earthdistance",
        """
        ALTER TABLE "Services" ADD COLUMN IF NOT EXISTS benchmark_text tsvector
            GENERATED ALWAYS AS (to_tsvector('english', "Name" || ' ' || coalesce("Description", ''))) STORED
        """,
        "CREATE INDEX IF NOT EXISTS benchmark_services_text ON \"Services\" USING gin (benchmark_text)",
        "CREATE INDEX IF NOT EXISTS benchmark_locations_point ON \"Locations\" USING gist (ll_to_earth(\"Latitude\", \"Longitude\"))",
        "ANALYZE",
    ];

    // Every schedule row belongs to its service (ServiceId), whether or not it names one of the
    // service's locations too, so "open" is looked up on the service's schedules by their indexed key.
    private static readonly string SearchSql = $"""
        WITH here AS (SELECT ll_to_earth(@latitude, @longitude) AS point, websearch_to_tsquery('english', @text) AS words),
        matches AS (
            SELECT s."Id", max(ts_rank(s.benchmark_text, here.words)) AS rank,
                   min(earth_distance(ll_to_earth(l."Latitude", l."Longitude"), here.point)) AS distance
            FROM here, "Services" s
            JOIN "ServiceAtLocations" sal ON sal."ServiceId" = s."Id"
            JOIN "Locations" l ON l."Id" = sal."LocationId"
            WHERE s.benchmark_text @@ here.words
              AND earth_box(here.point, @radius) @> ll_to_earth(l."Latitude", l."Longitude")
              AND earth_distance(ll_to_earth(l."Latitude", l."Longitude"), here.point) <= @radius
              AND s."Status" = 'active'
              AND (s."MinimumAge" IS NULL OR s."MinimumAge" <= @age)
              AND (s."MaximumAge" IS NULL OR s."MaximumAge" >= @age)
              AND coalesce((SELECT bool_or(lower(trim(a."Name")) = lower(@council)) FROM "ServiceArea" a WHERE a."ServiceId" = s."Id"), true)
              AND EXISTS (
                  SELECT 1 FROM "Schedule" sc
                  WHERE sc."ServiceId" = s."Id"
                    AND sc."Freq" = 'WEEKLY' AND coalesce(sc."Interval", 1) = 1
                    AND sc."ByDay" LIKE '%' || @day || '%'
                    AND sc."OpensAt" <= @time AND sc."ClosesAt" > @time
                    AND (sc."ValidFrom" IS NULL OR sc."ValidFrom" <= @date)
                    AND (sc."ValidTo" IS NULL OR sc."ValidTo" >= @date))
            GROUP BY s."Id")
        SELECT m."Id", s."Name", m.distance, count(*) OVER () AS total
        FROM matches m JOIN "Services" s ON s."Id" = m."Id"
        ORDER BY m.rank DESC, m.distance
        LIMIT {SearchWorkload.PageSize}
        """;

    private const string ByIdSql = """
        SELECT "Id", "OrganizationId", "Name", "Description", "Url", "Email", "Status", "MinimumAge", "MaximumAge", "LastModified"
        FROM "Services" WHERE "Id" = @id
        """;

    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _search;
    private readonly NpgsqlCommand _byId;

    private PostgresBaseline(NpgsqlConnection connection, NpgsqlCommand search, NpgsqlCommand byId)
    {
        _connection = connection;
        _search = search;
        _byId = byId;
    }

    /// <summary>Opens one connection, creates the baseline's extensions and indexes if missing, and prepares both statements.</summary>
    public static async Task<PostgresBaseline> OpenAsync(string connectionString, TextWriter log, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        foreach (var statement in Setup)
        {
            await using var setup = new NpgsqlCommand(statement, connection) { CommandTimeout = 0 };
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        log.WriteLine($"Baseline indexes ready in {clock.Elapsed.TotalSeconds:N1} s.");

        var search = new NpgsqlCommand(SearchSql, connection);
        search.Parameters.Add(Parameter<double>("latitude"));
        search.Parameters.Add(Parameter<double>("longitude"));
        search.Parameters.Add(Parameter<string>("text"));
        search.Parameters.Add(Parameter<double>("radius"));
        search.Parameters.Add(Parameter<int>("age"));
        search.Parameters.Add(Parameter<string>("council"));
        search.Parameters.Add(Parameter<string>("day"));
        search.Parameters.Add(Parameter<TimeOnly>("time"));
        search.Parameters.Add(Parameter<DateOnly>("date"));
        ((NpgsqlParameter<double>)search.Parameters["radius"]).TypedValue = SearchWorkload.RadiusInMetres;
        await search.PrepareAsync(cancellationToken);

        var byId = new NpgsqlCommand(ByIdSql, connection);
        byId.Parameters.Add(Parameter<Guid>("id"));
        await byId.PrepareAsync(cancellationToken);
        return new PostgresBaseline(connection, search, byId);
    }

    /// <summary>Runs the search: the first page's service ids, and how many services matched in all.</summary>
    public async Task<BaselineAnswer> SearchAsync(SearchCase search, DateTime openAtLondon, CancellationToken cancellationToken)
    {
        var p = _search.Parameters;
        ((NpgsqlParameter<double>)p["latitude"]).TypedValue = search.Latitude;
        ((NpgsqlParameter<double>)p["longitude"]).TypedValue = search.Longitude;
        ((NpgsqlParameter<string>)p["text"]).TypedValue = search.Text;
        ((NpgsqlParameter<int>)p["age"]).TypedValue = search.Age;
        ((NpgsqlParameter<string>)p["council"]).TypedValue = search.Council;
        ((NpgsqlParameter<string>)p["day"]).TypedValue = DayCodes[(int)openAtLondon.DayOfWeek];
        ((NpgsqlParameter<TimeOnly>)p["time"]).TypedValue = TimeOnly.FromDateTime(openAtLondon);
        ((NpgsqlParameter<DateOnly>)p["date"]).TypedValue = DateOnly.FromDateTime(openAtLondon);
        var page = new List<Guid>(SearchWorkload.PageSize);
        var total = 0;
        await using var reader = await _search.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(reader.GetGuid(0));
            total = (int)reader.GetInt64(3);
        }

        return new BaselineAnswer(page, total);
    }

    public async Task<bool> FindByIdAsync(Guid id, CancellationToken cancellationToken)
    {
        ((NpgsqlParameter<Guid>)_byId.Parameters["id"]).TypedValue = id;
        await using var reader = await _byId.ExecuteReaderAsync(cancellationToken);
        var found = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            found = !reader.IsDBNull(2);
        }

        return found;
    }

    /// <summary>Service ids to look up, spread over the whole table.</summary>
    public async Task<IReadOnlyList<Guid>> SampleServiceIdsAsync(int count, int seed, CancellationToken cancellationToken)
    {
        await using var sample = new NpgsqlCommand("SELECT \"Id\" FROM \"Services\" ORDER BY md5(\"Id\"::text || @seed) LIMIT @count", _connection);
        sample.Parameters.AddWithValue("seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sample.Parameters.AddWithValue("count", count);
        var ids = new List<Guid>(count);
        await using var reader = await sample.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static NpgsqlParameter<T> Parameter<T>(string name) => new() { ParameterName = name };

    public async ValueTask DisposeAsync()
    {
        await _search.DisposeAsync();
        await _byId.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
