using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace PlanReports.Reports;

/// <summary>
/// Serves <c>{% include %}</c> and <c>{% render %}</c> partials from <c>reportdefs/_shared/</c> and nowhere
/// else: names with path separators or ".." are refused, so a template cannot read arbitrary files.
/// </summary>
internal sealed class SharedPartialsProvider(string root) : IFileProvider
{
    public string Root { get; } = root;

    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.TrimStart('/');
        return name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal)
            ? new NotFoundFileInfo(name)
            : new PartialFile(Path.Combine(Root, name));
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class PartialFile(string path) : IFileInfo
    {
        public bool Exists => File.Exists(path);

        public long Length => new FileInfo(path).Length;

        public string? PhysicalPath => path;

        public string Name => Path.GetFileName(path);

        // Fluid does not watch files here; a fixed value keeps nothing time-dependent.
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => File.OpenRead(path);
    }
}
