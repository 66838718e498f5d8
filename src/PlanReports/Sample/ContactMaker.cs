namespace PlanReports.Sample;

/// <summary>
/// Invents people for roles, keeping names distinct within a run where the lists allow, and writes their
/// salutations and e-mail addresses the way the bodies of the time did.
/// </summary>
internal sealed class ContactMaker(ulong seed)
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly List<SampleContact> contacts = [];

    public IReadOnlyList<SampleContact> Contacts => contacts;

    public SampleContact Add(SampleOrganisation organisation, string roleKey, string jobTitle, string emailDomain, string? honorific = null)
    {
        var random = SampleRandom.For(seed, "person", organisation.Code, roleKey);
        var (first, last) = NewName(random);
        var name = honorific is null ? $"{first} {last}" : $"{honorific} {first} {last}";
        var salutation = honorific switch
        {
            "Cllr" => $"Dear Councillor {last}",
            "Dr" or "Professor" => $"Dear {honorific} {last}",
            _ => $"Dear {first}",
        };
        return AddNamed(organisation, roleKey, name, jobTitle, salutation, Email(first, last, emailDomain));
    }

    public SampleContact AddNamed(SampleOrganisation organisation, string roleKey, string name, string jobTitle, string salutation, string? email)
    {
        var contact = new SampleContact($"{organisation.Code}-{roleKey}", organisation.Code, roleKey, name, jobTitle, salutation, email);
        contacts.Add(contact);
        return contact;
    }

    public static string Email(string first, string last, string domain) =>
        $"{Slug(first)}.{Slug(last)}@{domain}";

    public static string Slug(string text) =>
        new(text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    private (string First, string Last) NewName(SampleRandom random)
    {
        // A few draws usually find an unused name; past that, a repeat is as plausible as in life.
        for (var attempt = 0; ; attempt++)
        {
            var first = random.Pick(PersonNames.FirstNames);
            var last = random.Pick(PersonNames.Surnames);
            if (used.Add($"{first} {last}") || attempt >= 12)
            {
                return (first, last);
            }
        }
    }
}
