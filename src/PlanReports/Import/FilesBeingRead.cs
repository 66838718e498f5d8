using PlanReports.Concurrency;

namespace PlanReports.Import;

/// <summary>Files an import is reading on a thread of its own (<see cref="PlanImporter.StartReading"/>); <see cref="PlanImporter.Import(FilesBeingRead)"/> finishes the import.</summary>
public sealed class FilesBeingRead
{
    private readonly BesideThread<FilesRead> reading;

    internal FilesBeingRead(BesideThread<FilesRead> reading) => this.reading = reading;

    /// <summary>Waits for the reading to end; a failure is thrown as the reading threw it.</summary>
    internal FilesRead Join() => reading.Join();
}
