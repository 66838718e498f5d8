using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using PlanReports.Store.Schema;

namespace PlanReports.Import;

/// <summary>
/// How concurrent imports into one PostgreSQL store stay correct. An import reads the store (keys already there,
/// keys its foreign keys may point at, rows left pointing at a table it replaces) and then writes; a second import
/// committing in between would make those reads stale and its rows could be lost or orphaned. So, before reading,
/// an import takes a transaction-scoped advisory lock per table: exclusive on each table it writes, shared on each
/// table it only reads. Imports of different tables, or that only read a table in common, run side by side; two
/// imports writing one table take turns, and the second then sees the first's rows (a duplicate is reported as
/// "already in the store", as on SQLite, never lost). Locks are taken in one global order, so two imports cannot
/// deadlock, and are released by commit or rollback, so a killed import leaves none behind. (SQLite needs none of
/// this: its import transaction holds the single write lock from the start.)
/// </summary>
internal static class ImportLocks
{
    public static void Take(DbConnection connection, DbTransaction transaction, StoreSchema schema, IEnumerable<string> written)
    {
        var modes = new Dictionary<string, bool>(StringComparer.Ordinal);
        void Need(string table, bool exclusive) => modes[table] = exclusive || modes.GetValueOrDefault(table);

        foreach (var table in written.Distinct(StringComparer.Ordinal).Select(schema.Table).OfType<TableSchema>())
        {
            Need(table.Name, exclusive: true);
            foreach (var parent in table.Dependencies)
            {
                Need(parent, exclusive: false);
            }

            // A replaced table's children are read for rows it would orphan.
            foreach (var child in schema.Tables.Where(t => t.Dependencies.Contains(table.Name, StringComparer.Ordinal)))
            {
                Need(child.Name, exclusive: false);
            }
        }

        // Locks are per database, so the key carries the schema: stores in different schemas never wait on each other.
        var storeSchema = connection.ExecuteScalar<string>("SELECT current_schema()", transaction: transaction) ?? string.Empty;
        foreach (var (key, exclusive) in modes
                     .Select(m => (Key: KeyOf(storeSchema, m.Key), Exclusive: m.Value))
                     .GroupBy(m => m.Key)
                     .Select(g => (g.Key, g.Any(m => m.Exclusive)))
                     .OrderBy(m => m.Key))
        {
            connection.Execute(exclusive ? "SELECT pg_advisory_xact_lock(@key)" : "SELECT pg_advisory_xact_lock_shared(@key)", new { key }, transaction);
        }
    }

    /// <summary>A stable 64-bit key for a table (the first 8 bytes of a SHA-256), the same in every process.</summary>
    private static long KeyOf(string storeSchema, string table) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"planreports\u001f{storeSchema}\u001f{table}")));
}
