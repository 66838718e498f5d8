using System.Diagnostics;
using System.Globalization;
using PlanReports.Import;
using PlanReports.Reports;
using PlanReports.Store;

namespace PlanReports.Bench;

/// <summary>
/// Reads every document's view model from the sample store N times in this process, report by report, measuring the
/// store's queries and the sources' own work alone (in the batch's build they are a sixth of the CPU, too little of
/// its noise to see a change of a tenth in them). The store is built as <c>build</c> builds it, from the data folder.
/// </summary>
internal static class ModelMeasurement
{
    internal static void Run(int iterations, string data, string reportdefs, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("planreports-bench-models-");
        try
        {
            var store = new PlanStore(Path.Combine(folder.FullName, "planreports.db"));
            store.Initialise();
            new PlanImporter(store).Import([Path.Combine(data, "reference")]);
            new PlanImporter(store).Import([Path.Combine(data, "sample")]);
            using var connection = store.OpenReadOnly();
            using var self = Process.GetCurrentProcess();
            output.WriteLine("report                   documents  median ms  median CPU ms");
            double totalWall = 0, totalCpu = 0;
            foreach (var definition in ReportDefinitionLoader.LoadAll(reportdefs))
            {
                var source = ReportModelSources.All.First(s => s.Name == definition.Model);
                var targets = source.ListTargets(connection, definition);
                foreach (var target in targets)
                {
                    source.LoadInOneRead(connection, target);
                }

                var wall = new List<double>();
                var cpu = new List<double>();
                for (var i = 0; i < iterations; i++)
                {
                    var timing = Timing.Of(self, () =>
                    {
                        foreach (var target in targets)
                        {
                            source.LoadInOneRead(connection, target);
                        }
                    });
                    wall.Add(timing.WallMs);
                    cpu.Add(timing.CpuMs);
                }

                totalWall += Statistics.Median(wall);
                totalCpu += Statistics.Median(cpu);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{definition.Id,-24} {targets.Count,9}  {Statistics.Median(wall),9:0.0}  {Statistics.Median(cpu),13:0.0}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-24} {string.Empty,9}  {totalWall,9:0.0}  {totalCpu,13:0.0}"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
