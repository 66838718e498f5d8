using System.Security.Cryptography;
using System.Data.Common;
using PlanReports.Documents.Rendering;
using PlanReports.Reports;

namespace PlanReports.Batch;

/// <summary>
/// One worker thread's tools: its own store connection and its own renderer instances (renderers need not be
/// thread-safe), sharing the thread-safe template engine and document builder.
/// </summary>
internal sealed class DocumentWorker(
    DbConnection store,
    IReadOnlyList<IDocumentRenderer> renderers,
    DocumentBuilder builder,
    string engineVersion,
    bool illustrative) : IDisposable
{
    /// <summary>Loads the view model (its queries in one read of the store) and hashes the document's inputs.</summary>
    public (ReportModel Model, string Inputs) Prepare(DocumentJob job)
    {
        var model = job.Report.Source.LoadInOneRead(store, job.Target);
        return (model, InputHash.Compute(engineVersion, job.Report.TemplateHash, illustrative, model.ViewModel));
    }

    /// <summary>Builds the document and renders every format of the job into memory.</summary>
    public IReadOnlyList<RenderedFile> Render(DocumentJob job, ReportModel model, string inputs)
    {
        var document = builder.Build(job.Report, model, illustrative);
        var files = new List<RenderedFile>();
        foreach (var format in job.Formats)
        {
            var renderer = renderers.First(r => r.Format == format);
            using var stream = new MemoryStream();
            var result = renderer.Render(document, stream);
            var bytes = new ReadOnlyMemory<byte>(stream.GetBuffer(), 0, (int)stream.Length);
            var path = $"{job.RelativeStem}.{renderer.FileExtension}";
            files.Add(new RenderedFile(
                new ManifestEntry(job.Report.Definition.Id, job.Target.OrganisationCode, format, path, bytes.Length,
                    Convert.ToHexStringLower(SHA256.HashData(bytes.Span)), result.PageCount, inputs),
                bytes));
        }

        return files;
    }

    public void Dispose() => store.Dispose();
}
