namespace PlanReports.Documents.Packaging;

/// <summary>
/// The memory an entry's bytes are gathered in before <see cref="ReproducibleZip"/> compresses them. Writers may
/// close the stream they are given (the Open XML SDK's element writer does); closing this one only marks the entry
/// done, so one buffer serves every entry of a package.
/// </summary>
internal sealed class EntryBuffer : MemoryStream
{
    /// <summary>Empties the buffer for the next entry, keeping its capacity.</summary>
    public void Reset() => SetLength(0);

    protected override void Dispose(bool disposing)
    {
        // Deliberately left open: a MemoryStream holds no resources beyond its array, which the garbage collector frees.
    }
}
