using System.Data.Common;

namespace CptGraph.Ingestion.Reference;

/// <summary>
/// One prepared <c>INSERT … ON CONFLICT (key) DO UPDATE</c> statement: SQL that SQLite and PostgreSQL both run as written,
/// so a re-import (or a newer release) updates rows in place and keeps their ids and the links to them.
/// </summary>
public sealed class ReferenceUpsert : IDisposable
{
    private readonly DbCommand _command;

    /// <param name="context">The import's transaction.</param>
    /// <param name="table">The table.</param>
    /// <param name="key">The unique key's columns, first in <paramref name="columns"/>' order of values too.</param>
    /// <param name="columns">Every column written, key columns first.</param>
    /// <param name="update">SET expressions by column for the columns an existing row takes (default: <c>excluded.column</c> for every non-key column).</param>
    public ReferenceUpsert(ReferenceImportContext context, string table, string[] key, string[] columns, IReadOnlyDictionary<string, string>? update = null, bool returningId = false)
    {
        var names = string.Join(", ", columns.Select(Quote));
        var values = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        var sets = columns.Except(key)
            .Select(c => $"{Quote(c)} = {(update is not null && update.TryGetValue(c, out var expression) ? expression : $"excluded.{Quote(c)}")}");
        _command = context.Command(
            $"INSERT INTO {Quote(table)} ({names}) VALUES ({values}) ON CONFLICT ({string.Join(", ", key.Select(Quote))}) DO UPDATE SET {string.Join(", ", sets)}{(returningId ? " RETURNING \"Id\"" : "")}",
            columns.Length);
        Context = context;
    }

    private ReferenceImportContext Context { get; }

    /// <summary>Writes one row; <paramref name="values"/> in the columns' order (null for NULL).</summary>
    public void Write(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
        Context.Stored();
    }

    /// <summary>Writes one row and returns its id, new or existing (the statement was made with <c>returningId</c>).</summary>
    public int WriteReturningId(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        var id = Convert.ToInt32(_command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        Context.Stored();
        return id;
    }

    public void Dispose() => _command.Dispose();

    internal static string Quote(string name) => $"\"{name}\"";
}
