using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PlanReports.Reference;
using PlanReports.Sample;

namespace PlanReports.Cli.Commands;

/// <summary>
/// <c>planreports sample --scale N --out DIR --seed S</c>: writes an illustrative England as one CSV per store
/// table. The same arguments give byte-identical files; scale 1 with the default seed is data/sample.
/// </summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var scale = new Option<int>("--scale")
        {
            Description = "How many Englands: multiplies PCT clusters, PCTs, CCGs, councils and HWBs",
            DefaultValueFactory = _ => 1,
        };
        scale.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--scale must be 1 or more");
            }
        });
        var output = new Option<string>("--out")
        {
            Description = "Directory to write the CSV files into",
            DefaultValueFactory = _ => Path.Combine("output", "sample"),
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the generator",
            DefaultValueFactory = _ => SampleGenerator.DefaultSeed,
        };
        var reference = new Option<string>("--reference")
        {
            Description = "Directory of the reference YAML the sample's codes come from",
            DefaultValueFactory = _ => Path.Combine("data", "reference"),
        };

        var command = new Command("sample", "Write an illustrative England (seeded, reproducible) as CSV files for import")
        {
            scale, output, seed, reference,
        };
        command.SetAction(parse => Run(
            parse.GetValue(scale), parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(reference)!,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(int scale, string output, ulong seed, string referenceDirectory, TextWriter stdout, TextWriter stderr)
    {
        ReferenceData reference;
        try
        {
            reference = ReferenceDataLoader.Load(referenceDirectory);
        }
        catch (ReferenceDataException e)
        {
            stderr.WriteLine(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"cannot read reference data in {referenceDirectory}: {e.Message}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        IReadOnlyList<string> files;
        try
        {
            files = SampleGenerator.Write(reference, scale, seed, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An --out below a file, on a full disk or where this user may not write: one line, as every command gives.
            stderr.WriteLine($"{Path.GetFullPath(output)}: cannot write the sample there ({e.Message})");
            return 2;
        }

        clock.Stop();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sample: scale {scale}, seed {seed}: {files.Count} files, {bytes / 1024.0 / 1024.0:0.0} MB in {output} ({clock.Elapsed.TotalSeconds:0.00} s)"));
        return 0;
    }
}
