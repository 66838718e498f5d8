namespace PlanReports.Reference;

/// <summary>
/// Loads every <c>data/reference/*.yaml</c> file into one <see cref="ReferenceData"/>. Each file has a fixed
/// name and shape; an unknown or missing file, malformed YAML, a missing or unknown field, a duplicate code, an
/// unknown enum value or a reference to something no file defines throws a <see cref="ReferenceDataException"/>
/// naming the file, line, column and rule.
/// </summary>
public static class ReferenceDataLoader
{
    private const string PlanningRoundPrefix = "planning-round-";

    private static readonly string[] FixedFiles =
    [
        "indicators.yaml",
        "assurance-domains.yaml",
        "assurance-questions.yaml",
        "milestone-expectations.yaml",
        "key-issues.yaml",
        "workforce-lines-of-enquiry.yaml",
        "public-health-checklist.yaml",
        "planning-rules-2012-13.yaml",
        "bcf-national-conditions.yaml",
        "bcf-metrics.yaml",
        "bcf-payment-for-performance.yaml",
        "bcf-funding.yaml",
        "seed-organisations.yaml",
    ];

    /// <summary>The file names the loader expects besides <c>planning-round-*.yaml</c>.</summary>
    public static IReadOnlyList<string> ExpectedFiles => FixedFiles;

    /// <summary>Loads the reference directory (normally <c>data/reference</c>).</summary>
    public static ReferenceData Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReferenceDataException(directory, null, null, "the reference data directory does not exist");
        }

        var files = Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (!FixedFiles.Contains(name, StringComparer.Ordinal) && !name.StartsWith(PlanningRoundPrefix, StringComparison.Ordinal))
            {
                throw new ReferenceDataException(file, null, null, $"is not a reference data file this loader knows; expected {string.Join(", ", FixedFiles)} or {PlanningRoundPrefix}*.yaml");
            }
        }

        foreach (var name in FixedFiles.Where(name => !File.Exists(Path.Combine(directory, name))))
        {
            throw new ReferenceDataException(Path.Combine(directory, name), null, null, "required reference data file is missing");
        }

        string PathOf(string name) => Path.Combine(directory, name);

        var (outcomeDomains, indicators) = ReadFile(PathOf("indicators.yaml"), "indicators file", IndicatorsReader.Read);
        var (parts, domains) = ReadFile(PathOf("assurance-domains.yaml"), "assurance domains file", AssuranceDomainsReader.Read);
        var domainCodes = domains.Select(domain => domain.Code).ToHashSet(StringComparer.Ordinal);
        var questions = ReadFile(PathOf("assurance-questions.yaml"), "assurance questions file", root => AssuranceQuestionsReader.Read(root, domainCodes));
        var milestones = ReadFile(PathOf("milestone-expectations.yaml"), "milestone expectations file", MilestoneExpectationsReader.Read);
        var keyIssues = ReadFile(PathOf("key-issues.yaml"), "key issues file", KeyIssuesReader.Read);
        var linesOfEnquiry = ReadFile(PathOf("workforce-lines-of-enquiry.yaml"), "workforce lines of enquiry file", WorkforceLinesOfEnquiryReader.Read);
        var checklist = ReadFile(PathOf("public-health-checklist.yaml"), "public health checklist file", PublicHealthChecklistReader.Read);

        var rules = ReadFile(PathOf("planning-rules-2012-13.yaml"), "planning rules file", PlanningRulesReader.Read);

        var roundFiles = files.Where(file => Path.GetFileName(file).StartsWith(PlanningRoundPrefix, StringComparison.Ordinal)).ToList();
        if (roundFiles.Count == 0)
        {
            throw new ReferenceDataException(PathOf(PlanningRoundPrefix + "*.yaml"), null, null, "at least one planning round file is required");
        }

        var rounds = new List<PlanningRound>();
        foreach (var file in roundFiles)
        {
            var round = ReadFile(file, "planning round file", PlanningRoundReader.Read);
            if (rounds.Any(existing => existing.Code == round.Code))
            {
                throw new ReferenceDataException(file, null, null, $"duplicate planning round code '{round.Code}': another planning round file already defines it");
            }

            rounds.Add(round);
        }

        var conditions = ReadFile(PathOf("bcf-national-conditions.yaml"), "BCF national conditions file", BcfReader.ReadConditions);
        var metrics = ReadFile(PathOf("bcf-metrics.yaml"), "BCF metrics file", BcfReader.ReadMetrics);
        var conditionCodes = conditions.Select(condition => condition.Code).ToHashSet(StringComparer.Ordinal);
        var metricCodes = metrics.National.Select(metric => metric.Code).ToHashSet(StringComparer.Ordinal);
        var payment = ReadFile(PathOf("bcf-payment-for-performance.yaml"), "BCF payment for performance file", root => BcfReader.ReadPayment(root, conditionCodes, metricCodes));
        var funding = ReadFile(PathOf("bcf-funding.yaml"), "BCF funding file", BcfReader.ReadFunding);
        var betterCareFund = new BetterCareFund(
            conditions,
            metrics.National,
            metrics.LocalIntroduction,
            metrics.Menu,
            metrics.AlternativeRule,
            metrics.Criteria,
            payment,
            funding.Funding,
            funding.MinimumPoolRule);

        var organisations = ReadFile(PathOf("seed-organisations.yaml"), "seed organisations file", SeedOrganisationsReader.Read);

        return new ReferenceData(
            outcomeDomains,
            indicators,
            parts,
            domains,
            questions,
            milestones,
            keyIssues,
            linesOfEnquiry,
            checklist,
            rounds,
            rules,
            betterCareFund,
            organisations);
    }

    private static T ReadFile<T>(string path, string what, Func<YamlMap, T> read)
    {
        var root = ReferenceYamlDocument.Parse(path, what);
        var result = read(root);
        root.EnsureNoUnknownFields();
        return result;
    }
}
