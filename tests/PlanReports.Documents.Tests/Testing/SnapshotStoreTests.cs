using PlanReports.Testing;

namespace PlanReports.Documents.Tests.Testing;

public sealed class SnapshotStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("planreports-snapshots-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Matching_snapshot_passes_and_leaves_no_received_file()
    {
        File.WriteAllText(Path.Combine(_directory, "letter.verified.html"), "<p>One</p>\n");

        new SnapshotStore(_directory, accept: false).Verify("letter.html", "<p>One</p>\n");

        Assert.False(File.Exists(Path.Combine(_directory, "letter.received.html")));
    }

    [Fact]
    public void Mismatch_writes_received_file_and_fails_with_a_unified_diff()
    {
        File.WriteAllText(Path.Combine(_directory, "pack.verified.txt"), "alpha\nbeta\ngamma\n");
        var store = new SnapshotStore(_directory, accept: false);

        var error = Assert.Throws<SnapshotMismatchException>(() => store.Verify("pack", "alpha\nBETA\ngamma\n"));

        Assert.Equal("alpha\nBETA\ngamma\n", File.ReadAllText(Path.Combine(_directory, "pack.received.txt")));
        Assert.Contains("-beta", error.Message, StringComparison.Ordinal);
        Assert.Contains("+BETA", error.Message, StringComparison.Ordinal);
        Assert.Contains("@@", error.Message, StringComparison.Ordinal);
        Assert.Equal("alpha\nbeta\ngamma\n", File.ReadAllText(Path.Combine(_directory, "pack.verified.txt")));
    }

    [Fact]
    public void Missing_snapshot_writes_received_file_and_fails()
    {
        var store = new SnapshotStore(_directory, accept: false);

        var error = Assert.Throws<SnapshotMismatchException>(() => store.Verify("new.md", "# Title\n"));

        Assert.Contains("no verified file", error.Message, StringComparison.Ordinal);
        Assert.Equal("# Title\n", File.ReadAllText(Path.Combine(_directory, "new.received.md")));
        Assert.False(File.Exists(Path.Combine(_directory, "new.verified.md")));
    }

    [Fact]
    public void Accept_mode_overwrites_verified_file_and_removes_stale_received_file()
    {
        File.WriteAllText(Path.Combine(_directory, "pack.verified.txt"), "old\n");
        File.WriteAllText(Path.Combine(_directory, "pack.received.txt"), "older\n");

        new SnapshotStore(_directory, accept: true).Verify("pack", "new\n");

        Assert.Equal("new\n", File.ReadAllText(Path.Combine(_directory, "pack.verified.txt")));
        Assert.False(File.Exists(Path.Combine(_directory, "pack.received.txt")));
    }

    [Fact]
    public void Line_endings_are_normalised_before_comparing_and_writing()
    {
        File.WriteAllText(Path.Combine(_directory, "crlf.verified.txt"), "one\r\ntwo\r\n");
        var store = new SnapshotStore(_directory, accept: false);

        store.Verify("crlf", "one\ntwo\n");
        store.Verify("crlf", "one\rtwo\r");

        new SnapshotStore(_directory, accept: true).Verify("written", "a\r\nb\r\n");
        Assert.Equal("a\nb\n", File.ReadAllText(Path.Combine(_directory, "written.verified.txt")));
    }

    [Fact]
    public void Snapshot_names_with_folders_are_rejected()
    {
        var store = new SnapshotStore(_directory, accept: false);

        Assert.Throws<ArgumentException>(() => store.Verify("../escape.txt", "x"));
    }

    [Fact]
    public void Snapshots_of_a_path_mapped_build_are_found_under_the_repository_root()
    {
        var directory = Snapshot.SourceDirectory("/_/tests/PlanReports.Documents.Tests/Markdown/MarkdownConverterTests.cs");

        Assert.Equal(Path.Combine(RepoPaths.Root, "tests", "PlanReports.Documents.Tests", "Markdown"), directory);
    }
}
