namespace PlanReports.Sample;

/// <summary>Writes the organisations, their links and their contacts.</summary>
internal static class OrganisationWriter
{
    public static void Write(SampleEngland england, SampleTables tables)
    {
        foreach (var o in england.Organisations)
        {
            tables.Organisation.Add(o.Code, o.Name, o.Type, o.ParentCode, o.Address, o.Postcode, o.ValidFrom, o.ValidTo);
        }
        foreach (var link in england.Links)
        {
            tables.OrganisationLink.Add(link.FromCode, link.ToCode, link.Relation);
        }
        foreach (var c in england.Contacts)
        {
            tables.Contact.Add(c.Id, c.OrganisationCode, c.RoleKey, c.Name, c.JobTitle, c.Salutation, c.Email);
        }
    }
}
