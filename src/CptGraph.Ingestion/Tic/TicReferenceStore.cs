using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The provider-reference table out of core: a private temporary SQLite database (an empty file name, which SQLite
/// deletes itself when the connection closes, so no crash leaves it behind), one row per <c>provider_group_id</c>
/// with the group's provider keys length-prefixed in a blob. Its page cache is bounded, so a file with millions of
/// provider groups needs the same RAM as one with a thousand. Driven through SQLite's own API with positional
/// binds (see <c>SqliteObservationStatement</c> for why).
/// </summary>
internal sealed class TicReferenceStore : IDisposable
{
    // The page cache (KiB): enough for the B-tree's interior pages and the recently added leaves.
    private const int CacheKibibytes = 8 << 10;

    private readonly SqliteConnection _connection;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _find;
    private readonly ArrayBufferWriter<byte> _blob = new(256);

    public TicReferenceStore()
    {
        // Microsoft.Data.Sqlite loads and initialises the native library; the handle is then used directly.
        _connection = new SqliteConnection("Data Source=");
        _connection.Open();
        _db = _connection.Handle!;
        Exec($"PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = FILE; PRAGMA cache_size = -{CacheKibibytes}; PRAGMA locking_mode = EXCLUSIVE;");
        Exec("CREATE TABLE refs (id TEXT PRIMARY KEY, keys BLOB) WITHOUT ROWID; BEGIN;");
        Check(raw.sqlite3_prepare_v2(_db, "INSERT INTO refs (id, keys) VALUES (?1, ?2) ON CONFLICT DO NOTHING", out _insert));
        Check(raw.sqlite3_prepare_v2(_db, "SELECT keys FROM refs WHERE id = ?1", out _find));
    }

    /// <summary>Stores a reference; false when the id is already there.</summary>
    /// <param name="providerKeys">Distinct provider keys, or null for a group that is missing or remote.</param>
    public bool TryAdd(string id, List<string>? providerKeys)
    {
        Check(raw.sqlite3_bind_text(_insert, 1, id));
        if (providerKeys is null)
        {
            Check(raw.sqlite3_bind_null(_insert, 2));
        }
        else
        {
            Check(raw.sqlite3_bind_blob(_insert, 2, Encode(providerKeys)));
        }

        Step(_insert);
        return raw.sqlite3_changes(_db) == 1;
    }

    /// <summary>Whether <paramref name="id"/> is stored, and its provider keys (null when it has none).</summary>
    public bool TryGet(string id, out List<string>? providerKeys)
    {
        providerKeys = null;
        Check(raw.sqlite3_bind_text(_find, 1, id));
        try
        {
            var result = raw.sqlite3_step(_find);
            if (result == raw.SQLITE_DONE)
            {
                return false;
            }

            if (result != raw.SQLITE_ROW)
            {
                Check(result);
            }

            if (raw.sqlite3_column_type(_find, 0) != raw.SQLITE_NULL)
            {
                providerKeys = Decode(raw.sqlite3_column_blob(_find, 0));
            }

            return true;
        }
        finally
        {
            raw.sqlite3_reset(_find);
        }
    }

    public void Dispose()
    {
        _insert.Dispose();
        _find.Dispose();
        _connection.Dispose();
    }

    // [count] then per key [byte length][UTF-8], lengths as 7-bit varints: exact for any key text.
    private ReadOnlySpan<byte> Encode(List<string> keys)
    {
        _blob.ResetWrittenCount();
        WriteVarint(keys.Count);
        foreach (var key in keys)
        {
            var length = Encoding.UTF8.GetByteCount(key);
            WriteVarint(length);
            _blob.Advance(Encoding.UTF8.GetBytes(key, _blob.GetSpan(length)));
        }

        return _blob.WrittenSpan;
    }

    private void WriteVarint(int value)
    {
        var span = _blob.GetSpan(5);
        var written = 0;
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            span[written++] = (byte)(remaining | 0x80);
            remaining >>= 7;
        }

        span[written++] = (byte)remaining;
        _blob.Advance(written);
    }

    private static List<string> Decode(ReadOnlySpan<byte> blob)
    {
        var count = ReadVarint(ref blob);
        var keys = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var length = ReadVarint(ref blob);
            keys.Add(Encoding.UTF8.GetString(blob[..length]));
            blob = blob[length..];
        }

        return keys;
    }

    private static int ReadVarint(ref ReadOnlySpan<byte> blob)
    {
        var value = 0;
        var shift = 0;
        byte next;
        do
        {
            next = blob[0];
            blob = blob[1..];
            value |= (next & 0x7F) << shift;
            shift += 7;
        }
        while ((next & 0x80) != 0);

        return value;
    }

    private void Step(sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    private void Exec(string sql) => Check(raw.sqlite3_exec(_db, sql));

    // A full temp disk reads like any other SQLite failure: the same exception the ingest's own writes throw.
    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _db);
}
