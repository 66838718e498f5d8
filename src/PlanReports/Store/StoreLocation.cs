using System.Data.Common;
using Npgsql;

namespace PlanReports.Store;

/// <summary>
/// What <c>--db</c> (or <c>PLANREPORTS_DB</c>) names: a SQLite file path, a <c>postgres://</c> URL, or an Npgsql
/// connection string (<c>Host=...;Database=...</c>).
/// </summary>
/// <param name="Engine">Which database holds the store.</param>
/// <param name="ConnectionString">For SQLite the full file path; for PostgreSQL an Npgsql connection string.</param>
/// <param name="DisplayName">How messages name the store: the file path, or host, port and database (never the password).</param>
public sealed record StoreLocation(StoreEngine Engine, string ConnectionString, string DisplayName)
{
    /// <summary>Reads a <c>--db</c> value; anything that is neither a PostgreSQL URL nor a connection string naming a host is a file path.</summary>
    /// <exception cref="StoreLocationException">A URL or connection string that Npgsql cannot read.</exception>
    public static StoreLocation Parse(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        var text = db.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUrl(text));
        }

        if (NamesHost(text))
        {
            try
            {
                return Postgres(new NpgsqlConnectionStringBuilder(text));
            }
            catch (ArgumentException bad)
            {
                throw new StoreLocationException($"--db: the PostgreSQL connection string cannot be read: {bad.Message}", bad);
            }
        }

        var path = Path.GetFullPath(db);
        return new StoreLocation(StoreEngine.Sqlite, path, path);
    }

    private static StoreLocation Postgres(NpgsqlConnectionStringBuilder builder)
    {
        var schema = string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : $", schema {builder.SearchPath}";
        return new StoreLocation(StoreEngine.PostgreSql, builder.ConnectionString,
            $"PostgreSQL database {builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}{schema}");
    }

    /// <summary>A connection string, told from a file path by a Host (or Server) key; a path with '=' and ';' in it stays a path.</summary>
    private static bool NamesHost(string text)
    {
        if (!text.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = text;
        }
        catch (ArgumentException)
        {
            return false;
        }

        return builder.ContainsKey("Host") || builder.ContainsKey("Server");
    }

    /// <summary><c>postgres://user:password@host:port/database?key=value</c>, each part optional but the host; query keys are Npgsql's.</summary>
    private static NpgsqlConnectionStringBuilder FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreLocationException("--db: not a PostgreSQL URL of the form postgres://user@host:5432/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            // libpq spells keys with underscores (search_path), Npgsql with spaces (Search Path).
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]).Replace('_', ' ');
            try
            {
                builder[key] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            }
            catch (ArgumentException bad)
            {
                throw new StoreLocationException($"--db: the URL parameter '{key}' is not a PostgreSQL connection setting Npgsql knows.", bad);
            }
        }

        return builder;
    }
}
