namespace PlanReports.Reference;

/// <summary>Reads <c>workforce-lines-of-enquiry.yaml</c>.</summary>
internal static class WorkforceLinesOfEnquiryReader
{
    public static IReadOnlyList<WorkforceLineOfEnquiry> Read(YamlMap root)
    {
        var numbers = new UniqueKeys("line of enquiry number");
        return root.RequiredList("lines_of_enquiry", "line of enquiry", map =>
        {
            var number = map.RequiredInt("number");
            numbers.Add(number.ToString(System.Globalization.CultureInfo.InvariantCulture), map);
            return new WorkforceLineOfEnquiry(number, map.RequiredString("text"));
        });
    }
}
