using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using PlanReports.Concurrency;
using PlanReports.Store;
using PlanReports.Store.Schema;
using PlanReports.Workbooks;

namespace PlanReports.Import;

/// <summary>
/// Imports files and folders into the store as one transaction: CSV files named after their tables
/// (<c>data/README.md</c>), reference YAML and filled workbooks (<c>template</c>). Every row is checked first; on any error the import is
/// rejected with up to <c>maxErrors</c> errors naming file, line, column and rule, and the store is unchanged.
/// </summary>
public sealed class PlanImporter(PlanStore store, int maxErrors = 50)
{
    /// <summary>Imports the given files and folders (folders are searched recursively for .csv, .yaml and .xlsx).</summary>
    /// <exception cref="ImportRejectedException">Any file, row or cell broke a rule; nothing was written.</exception>
    public ImportSummary Import(IReadOnlyList<string> paths) => Import(Read(paths));

    /// <summary>
    /// Starts reading the given files and folders on a thread of its own, for <see cref="Import(FilesBeingRead)"/> to
    /// finish: the reading needs nothing from the store, so it can go on while another import writes (build reads the
    /// sample while the reference is imported, which the sample's rows refer to).
    /// </summary>
    public FilesBeingRead StartReading(IReadOnlyList<string> paths) => new(BesideThread<FilesRead>.Start(() => Read(paths), "Import reading"));

    /// <summary>Imports the files <see cref="StartReading"/> began reading, once they are read.</summary>
    /// <exception cref="ImportRejectedException">Any file, row or cell broke a rule; nothing was written.</exception>
    public ImportSummary Import(FilesBeingRead reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return Import(reading.Join());
    }

    // The store-free part of an import: finding the files and parsing the CSV and YAML ones. CSV files parse
    // independently, so they are read side by side, each with an error collector of its own; merged in file order, the
    // errors (and which of them fit under the limit) are those of reading one after another. The reference YAML is
    // one more piece of that work (the first, so it runs beside the largest files).
    private FilesRead Read(IReadOnlyList<string> paths)
    {
        var errors = new ErrorCollector(maxErrors);
        var files = ImportFiles.Find(paths, errors);
        var csv = files.Where(f => f.Kind == ImportFileKind.Csv).ToList();
        var yaml = files.Where(f => f.Kind == ImportFileKind.Yaml).ToList();
        var read = new (SourceTable? Table, ErrorCollector Errors)[csv.Count];
        var referenceErrors = new ErrorCollector(maxErrors);
        IReadOnlyList<SourceTable> reference = [];
        var first = yaml.Count > 0 ? 1 : 0;
        Concurrently.ForEach(first + csv.Count, i =>
        {
            if (i < first)
            {
                reference = ReferenceSource.Read(yaml, referenceErrors);
                return;
            }

            var own = new ErrorCollector(maxErrors);
            var file = csv[i - first];
            read[i - first] = (CsvSource.Read(file.Path, file.DisplayName, own), own);
        });
        var tables = new List<SourceTable>();
        foreach (var (table, own) in read)
        {
            errors.AddFrom(own);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return new FilesRead(files, tables, reference, referenceErrors, errors);
    }

    // The rest, which needs the store: the workbooks (read against it), then the reference's tables and errors after
    // the workbooks' (as when the reference was read last), then checking and writing.
    private ImportSummary Import(FilesRead read)
    {
        var errors = read.Errors;
        var sources = new List<SourceTable>(read.Csv);
        var cellErrors = new List<ImportError>();
        foreach (var file in read.Files.Where(f => f.Kind == ImportFileKind.Workbook))
        {
            sources.AddRange(WorkbookSource.Read(file, store, errors, cellErrors));
        }

        errors.AddFrom(read.ReferenceErrors);
        sources.AddRange(read.Reference);

        errors.ThrowIfAny();

        // A workbook's bad cells are reported with what the store's checks find in the rest: all errors in one pass.
        errors.AddRange(cellErrors);
        return Import(sources, errors);
    }

    internal ImportSummary Import(IReadOnlyList<SourceTable> sources, ErrorCollector errors)
    {
        using var connection = store.Open();

        // SQLite's per-row foreign-key lookups are off while this import writes (the pragma only takes effect outside
        // a transaction; the connection is this import's alone): the checker tests every reference before anything is
        // written, and the writer runs SQLite's own foreign-key check over the written tables before the commit
        // (ImportWriter), which costs about half as much as a lookup per row.
        if (connection is SqliteConnection)
        {
            connection.Execute("PRAGMA foreign_keys = OFF");
        }

        using var transaction = connection.BeginTransaction();

        // CHECK constraints and defaults are evaluated by SQLite: the store itself, or for a PostgreSQL store a
        // private in-memory database holding the same schema (see StoreSchema.For).
        using var canonical = connection is SqliteConnection ? null : StoreSchema.OpenCanonical();
        var rules = connection as SqliteConnection ?? canonical!;
        var schema = StoreSchema.Read(rules);
        if (store.Engine == StoreEngine.PostgreSql)
        {
            ImportLocks.Take(connection, transaction, schema, sources.Select(s => s.Table));
        }

        if (connection is SqliteConnection sqlite && sources.All(s => !s.ReplacesTable && s.ReplacesRows is not { Count: > 0 }))
        {
            return ImportWhileChecking(sqlite, transaction, schema, sources, errors);
        }

        var tables = new ImportChecker(connection, rules, schema, errors).Check(sources);
        errors.ThrowIfAny();

        errors.AddRange(Written(() => ImportWriter.Write(connection, transaction, schema, tables), tables));
        return Commit(transaction, tables, errors);
    }

    /// <summary>
    /// An import into SQLite that only adds rows (the sample's, into a fresh store): each table is written on a thread of
    /// its own as soon as it is checked, while the checker goes on with the next, so checking and writing, each one
    /// core's work, share two. The checker reads the store through a second connection, in a read transaction begun
    /// before anything is written: it sees the store as it was before the import, as a checker that runs first does.
    /// The write transaction is committed only once every check has passed; if any fails, it is rolled back.
    /// </summary>
    /// <remarks>
    /// The read transaction holds SQLite's shared lock until checking ends, so the writer cannot take the exclusive lock
    /// meanwhile: SQLite then keeps the written pages in memory instead of spilling them to the file (a spill that finds
    /// the lock taken is put off, not failed), and the commit comes after the read transaction has ended.
    /// </remarks>
    private ImportSummary ImportWhileChecking(SqliteConnection connection, DbTransaction transaction, StoreSchema schema, IReadOnlyList<SourceTable> sources, ErrorCollector errors)
    {
        IReadOnlyList<CheckedTable> tables;
        IReadOnlyList<ImportError> written;
        using (var reading = (SqliteConnection)store.OpenReadOnly())
        using (var before = reading.BeginTransaction(deferred: true))
        using (var handOver = new BlockingCollection<CheckedTable>())
        using (var stop = new CancellationTokenSource())
        {
            // A deferred transaction only reads; its first read takes the shared lock, now, before the writer's first row.
            reading.ExecuteScalar("SELECT count(*) FROM sqlite_master", transaction: before);
            var writing = BesideThread<IReadOnlyList<ImportError>>.Start(
                () => ImportWriter.WriteAsHandedOver(connection, transaction, schema, handOver.GetConsumingEnumerable(stop.Token)), "Import writing");
            var finished = false;
            try
            {
                tables = new ImportChecker(reading, reading, schema, errors).Check(sources, handOver.Add);
                handOver.CompleteAdding();
                errors.ThrowIfAny();

                // Checking is over: the writer may now move written pages to the file, and commit once it has finished.
                before.Commit();
                written = Written(writing.Join, tables);
                finished = true;
            }
            finally
            {
                if (!finished)
                {
                    // What was written is rolled back with the transaction: the writer stops at once, and ends before the
                    // connection it writes through is closed.
                    if (!handOver.IsAddingCompleted)
                    {
                        handOver.CompleteAdding();
                    }

                    stop.Cancel();
                    WaitUntilStopped(writing);
                }
            }
        }

        errors.AddRange(written);
        return Commit(transaction, tables, errors);
    }

    /// <summary>What the writer found once every row was in (<paramref name="write"/> writes, or waits for the writer), or the database's refusal of a row.</summary>
    private IReadOnlyList<ImportError> Written(Func<IReadOnlyList<ImportError>> write, IReadOnlyList<CheckedTable> tables)
    {
        try
        {
            return write();
        }
        catch (DbException exception)
        {
            return [Refused(tables, exception)];
        }
    }

    /// <summary>Waits for a writer told to stop; what it was doing is rolled back, so how it ended does not matter.</summary>
    private static void WaitUntilStopped(BesideThread<IReadOnlyList<ImportError>> writing)
    {
        try
        {
            writing.Join();
        }
        catch (Exception e) when (e is OperationCanceledException or DbException)
        {
            // Stopped mid-table, or refused a row that failed its checks: the checker's errors are the ones reported.
        }
    }

    // The checks mirror the schema, so a refusal by the database means a rule they do not know yet: still reject cleanly.
    private ImportError Refused(IReadOnlyList<CheckedTable> tables, DbException exception) =>
        new(string.Join(", ", tables.SelectMany(t => t.Files).Distinct()), null, null, "database",
            $"{(store.Engine == StoreEngine.Sqlite ? "SQLite" : "PostgreSQL")} refused the import: {exception.Message}");

    private static ImportSummary Commit(DbTransaction transaction, IReadOnlyList<CheckedTable> tables, ErrorCollector errors)
    {
        errors.ThrowIfAny();
        transaction.Commit();
        return new ImportSummary(tables.Select(t => new ImportedTable(t.Schema.Name, t.Rows.Count, t.Replace)).ToList());
    }
}
