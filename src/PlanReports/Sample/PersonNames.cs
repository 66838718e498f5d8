namespace PlanReports.Sample;

/// <summary>
/// Invented people for contacts and signatories. Only the people seed 000 names in their roles (David Flory
/// and the four DH PDT leads) are real; everyone else is drawn from these lists, so no decision is attributed
/// to a real person the seeds do not name.
/// </summary>
internal static class PersonNames
{
    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Alison", "Andrew", "Angela", "Anne", "Anthony", "Bernard", "Beverley", "Brian", "Caroline", "Catherine",
        "Charlotte", "Christine", "Christopher", "Claire", "Colin", "Daniel", "Deborah", "Derek", "Diane", "Dominic",
        "Eileen", "Elaine", "Elizabeth", "Emma", "Fiona", "Frances", "Gareth", "Geoffrey", "Gerard", "Graham",
        "Hazel", "Helen", "Hilary", "Ian", "Imran", "Jacqueline", "James", "Janet", "Jeremy", "Joanne",
        "Jonathan", "Judith", "Julian", "Karen", "Kathryn", "Keith", "Kevin", "Lesley", "Linda", "Lorraine",
        "Lynne", "Malcolm", "Margaret", "Mark", "Martin", "Matthew", "Michael", "Michelle", "Moira", "Nadeem",
        "Neil", "Nicholas", "Nicola", "Nigel", "Patricia", "Paul", "Peter", "Philip", "Priya", "Rachel",
        "Raj", "Richard", "Robert", "Rosemary", "Ruth", "Sally", "Samantha", "Sandra", "Sarah", "Sharon",
        "Simon", "Stephen", "Stuart", "Susan", "Tessa", "Timothy", "Trevor", "Valerie", "Vanessa", "Wendy",
    ];

    public static readonly IReadOnlyList<string> Surnames =
    [
        "Ahmed", "Ainsworth", "Allen", "Armstrong", "Ashworth", "Bailey", "Bancroft", "Barker", "Barnes", "Bennett",
        "Bhatt", "Birch", "Blackwood", "Bradshaw", "Brennan", "Brooks", "Buckley", "Butler", "Carter", "Chapman",
        "Chaudhry", "Clegg", "Collins", "Cooper", "Cox", "Crawford", "Dalton", "Davies", "Dixon", "Doherty",
        "Dunn", "Edwards", "Ellis", "Farrell", "Fenwick", "Fielding", "Fletcher", "Foster", "Gallagher", "Gibson",
        "Goodwin", "Graham", "Green", "Hall", "Hargreaves", "Harper", "Hartley", "Hawkins", "Hayes", "Henderson",
        "Hewitt", "Holland", "Holmes", "Hopkins", "Howarth", "Hughes", "Hussain", "Jackson", "Jarvis", "Jenkins",
        "Kaur", "Kelly", "Kennedy", "Khan", "Lamb", "Lawson", "Lindsay", "Lloyd", "Lowe", "Macdonald",
        "McAllister", "Marsh", "Mason", "Metcalfe", "Mills", "Mitchell", "Moss", "Murray", "Nash", "Newton",
        "Nolan", "O'Brien", "Okafor", "Osborne", "Palmer", "Parkinson", "Patel", "Pearson", "Pennington", "Porter",
        "Pritchard", "Quinn", "Rahman", "Rees", "Richardson", "Robson", "Rowley", "Saunders", "Sharma", "Shaw",
        "Singh", "Slater", "Stanley", "Steele", "Sutcliffe", "Swift", "Tennant", "Thornton", "Townsend", "Turnbull",
        "Underwood", "Vaughan", "Wainwright", "Walsh", "Warburton", "Webster", "Wheeler", "Whitfield", "Wilkinson", "Wong",
        "Woodward", "Wright", "Yates", "Young",
    ];
}
