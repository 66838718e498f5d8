namespace PlanReports.Reference;

/// <summary>Reads <c>assurance-questions.yaml</c>; every group must name a domain of <c>assurance-domains.yaml</c>.</summary>
internal static class AssuranceQuestionsReader
{
    public static IReadOnlyList<AssuranceQuestionGroup> Read(YamlMap root, IReadOnlySet<string> domainCodes)
    {
        var groupDomains = new UniqueKeys("question group for domain");
        return root.RequiredList("groups", "question group", map =>
        {
            var domain = map.RequiredString("domain");
            if (!domainCodes.Contains(domain))
            {
                throw map.Error($"question group names the domain '{domain}', which assurance-domains.yaml does not define");
            }

            groupDomains.Add(domain, map);
            var numbers = new UniqueKeys($"question number in domain '{domain}'");
            var questions = map.RequiredList("questions", "question", question =>
            {
                var number = question.RequiredInt("number");
                numbers.Add(number.ToString(System.Globalization.CultureInfo.InvariantCulture), question);
                return new AssuranceQuestion(number, question.RequiredString("text"), TextItemReader.List(question, "items", required: false));
            });
            return new AssuranceQuestionGroup(domain, map.RequiredString("heading"), questions);
        });
    }
}
