using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Parser;

namespace PlanReports.Reports;

/// <summary>
/// Liquid (Fluid) for report templates, strict: an undefined variable (a name the view model does not have; a
/// member that exists but is null is nil, as in Liquid), an unknown filter, a syntax error or a
/// missing partial is a <see cref="ReportTemplateException"/> naming report, template file and line. View-model
/// members are read in snake_case (<c>OrganisationName</c> is <c>organisation_name</c>). Partials come from
/// <c>reportdefs/_shared/</c> (<c>{% include 'letterhead' %}</c> reads <c>_shared/letterhead.md</c>).
/// One instance is shared by all threads: parsing and rendering with separate contexts are thread-safe in Fluid,
/// and the options are never changed after construction.
/// </summary>
internal sealed partial class TemplateEngine
{
    /// <summary>The folder of shared partials, relative to reportdefs/.</summary>
    public const string SharedFolder = "_shared";

    /// <summary>
    /// The most Liquid steps (statements run) one render may take, so a runaway loop fails in well under a second
    /// instead of hanging the run. Measured: the largest document, the regional bundle, takes 31,493 steps at scale 1
    /// and 311,607 at scale 10 (scale repeats the PCT clusters under the same SHA clusters, so bundles grow with
    /// it); the limit is about 13 times the scale 10 figure.
    /// </summary>
    public const int MaxSteps = 4_000_000;

    /// <summary>How Fluid 2.41's message for <see cref="TemplateOptions.MaxSteps"/> begins.</summary>
    private const string StepLimitMessage = "The maximum number of statements has been reached";

    /// <summary>How Fluid 2.41's message for its recursion limit begins (met by the nested-loop test as well).</summary>
    private const string RecursionLimitMessage = "The maximum level of recursion has been reached";

    private readonly FluidParser parser = new();
    private readonly BoundedRangeRewriter ranges = new();
    private readonly TemplateOptions options;
    private readonly string reportdefsRoot;

    public TemplateEngine(string reportdefsRoot)
    {
        this.reportdefsRoot = reportdefsRoot;
        options = new TemplateOptions
        {
            // Not StrictVariables: it also rejects members whose value is null, which templates test with
            // "== nil". The Undefined delegate is called only for names that do not exist, and makes them errors.
            Undefined = name => throw new TemplateVariableException(name),
            StrictFilters = true,
            CultureInfo = CultureInfo.InvariantCulture,
            FileProvider = new SharedPartialsProvider(Path.Combine(reportdefsRoot, SharedFolder)),
            DefaultFileExtension = ".md",
            MaxSteps = MaxSteps,
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            // Partials are parsed by Fluid when first included; they get the same range limit as templates.
            TemplateParsed = (_, partial) => ranges.VisitTemplate(partial),
        };
        ReportFilters.Register(options);
    }

    /// <summary>Parses a template; <paramref name="shownPath"/> is how errors name it (relative to reportdefs/).</summary>
    public ParsedTemplate Parse(string report, string shownPath, string source)
    {
        if (!parser.TryParse(source, out var template, out var error))
        {
            throw new ReportTemplateException(report, shownPath, LineOf(error), "Liquid syntax error: " + FirstLine(error));
        }

        return new ParsedTemplate(report, shownPath, source, ranges.VisitTemplate(template));
    }

    /// <summary>
    /// Renders with the view model as root and <paramref name="globals"/> as extra top-level values. Values are
    /// escaped for Markdown unless <paramref name="plainText"/> is set (for running footers, which are not Markdown).
    /// </summary>
    public string Render(ParsedTemplate template, object model, IReadOnlyDictionary<string, object> globals, bool plainText = false)
    {
        var context = new TemplateContext(model, options);
        foreach (var (name, value) in globals)
        {
            context.SetValue(name, value);
        }

        try
        {
            return plainText ? template.Template.Render(context) : template.Template.Render(context, MarkdownTextEncoder.Instance);
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException or ParseException or FileNotFoundException
            or TemplateFilterException or TemplateVariableException or TemplateRangeException)
        {
            throw Locate(template, e);
        }
    }

    private ReportTemplateException Locate(ParsedTemplate template, Exception e)
    {
        // Fluid reports what went wrong but not where; find where from the name it gives, first in the template
        // itself, then in the shared partials it may have included.
        if (e is TemplateFilterException tf)
        {
            return Found(template, FilterUse(tf.Filter), e.Message, e);
        }

        if (e is TemplateVariableException tv)
        {
            return Found(template, VariableUse(tv.Name), e.Message, e);
        }

        if (e is TemplateRangeException)
        {
            return Found(template, RangeUse(), e.Message, e);
        }

        if (e is InvalidOperationException && (e.Message.StartsWith(StepLimitMessage, StringComparison.Ordinal)
                || e.Message.StartsWith(RecursionLimitMessage, StringComparison.Ordinal)))
        {
            // Fluid does not say where it stopped; the cause is a loop or nesting far beyond any document.
            return new ReportTemplateException(template.Report, template.ShownPath, 1,
                string.Create(CultureInfo.InvariantCulture, $"rendering stopped at Fluid's limit of {MaxSteps:N0} Liquid steps or its recursion limit: a loop runs far longer than any document needs (the largest takes about 312,000 steps)"), e);
        }

        if (UndefinedVariable().Match(e.Message) is { Success: true } v)
        {
            return Found(template, VariableUse(v.Groups[1].Value), $"undefined variable '{v.Groups[1].Value}'", e);
        }

        if (UndefinedFilter().Match(e.Message) is { Success: true } f)
        {
            return Found(template, FilterUse(f.Groups[1].Value), $"unknown filter '{f.Groups[1].Value}'", e);
        }

        if (e is ParseException && FailedPartial().Match(e.Message) is { Success: true } p)
        {
            return new ReportTemplateException(template.Report, $"{SharedFolder}/{p.Groups[1].Value}", LineOf(e.Message),
                "Liquid syntax error: " + FirstLine(e.Message[(e.Message.IndexOf('\n', StringComparison.Ordinal) + 1)..]), e);
        }

        if (e is FileNotFoundException)
        {
            var name = Regex.Escape(e.Message.Trim());
            return Found(template, new Regex(@"(include|render)\s+['""]" + name + "['\"]"),
                $"partial '{e.Message.Trim()}' not found in reportdefs/{SharedFolder}/", e);
        }

        return new ReportTemplateException(template.Report, template.ShownPath, 1, e.Message, e);
    }

    private ReportTemplateException Found(ParsedTemplate template, Regex use, string problem, Exception e)
    {
        if (TemplateLines.Find(template.Source, use) is { } line)
        {
            return new ReportTemplateException(template.Report, template.ShownPath, line, problem, e);
        }

        var shared = Path.Combine(reportdefsRoot, SharedFolder);
        if (Directory.Exists(shared))
        {
            foreach (var partial in Directory.GetFiles(shared, "*.md").Order(StringComparer.Ordinal))
            {
                if (TemplateLines.Find(File.ReadAllText(partial), use) is { } partialLine)
                {
                    return new ReportTemplateException(template.Report, $"{SharedFolder}/{Path.GetFileName(partial)}", partialLine, problem, e);
                }
            }
        }

        return new ReportTemplateException(template.Report, template.ShownPath, 1, problem, e);
    }

    private static Regex VariableUse(string name) => new(@"(?<![\w-])" + Regex.Escape(name) + @"(?![\w-])");

    private static Regex FilterUse(string name) => new(@"\|\s*" + Regex.Escape(name) + @"(?![\w-])");

    private static int LineOf(string message) =>
        Position().Match(message) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 1;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"\([^()]*\.\.[^()]*\)")]
    private static partial Regex RangeUse();

    [GeneratedRegex(@"Undefined variable '([^']+)'")]
    private static partial Regex UndefinedVariable();

    [GeneratedRegex(@"Undefined filter '([^']+)'")]
    private static partial Regex UndefinedFilter();

    [GeneratedRegex(@"Failed to parse template '([^']+)'")]
    private static partial Regex FailedPartial();

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
