namespace PlanReports.Sample;

/// <summary>
/// A kind of BCF scheme: its name, what it does, what it should achieve, and who usually leads it. The description
/// names the place and its partners ({place}, {council}, {ccg}) and sizes ({teams} locality teams, {beds}
/// intermediate care beds) from the board's population, so no two boards describe a scheme in the same words.
/// </summary>
/// <param name="LedByCouncil">True where the council leads it; otherwise a CCG does.</param>
/// <param name="Weight">Its usual share of the pooled fund, relative to the others.</param>
internal sealed record BcfSchemeTemplate(string Name, string Description, string ExpectedOutcomes, bool LedByCouncil, double Weight)
{
    public static readonly IReadOnlyList<BcfSchemeTemplate> All =
    [
        new("Protecting adult social care services",
            "Maintains current eligibility criteria for adult social care and funds the demographic growth in home care and residential packages in {place} that would otherwise reduce support to people with moderate needs.",
            "No reduction in the number of people supported by adult social care; fewer avoidable admissions to residential and nursing care.",
            true, 3.2),
        new("Integrated community health and social care teams",
            "Community nurses, therapists and social workers organised in {teams} locality teams aligned to the GP practices of {ccg}, with a single assessment and a named accountable professional for people with complex needs.",
            "Reduction in avoidable emergency admissions of people aged 75 and over; more people supported to manage long-term conditions at home.",
            false, 2.4),
        new("Seven-day hospital discharge and rapid response",
            "Social work, therapy and home care capacity available seven days a week at the acute trusts serving {place}, with a two-hour rapid response service to prevent admission at weekends.",
            "Fewer delayed transfers of care attributable to social care; weekend discharges rising to the weekday rate.",
            false, 1.6),
        new("Reablement and intermediate care",
            "Expansion of home-based reablement and {beds} step-up and step-down intermediate care beds, commissioned jointly by {council} and {ccg} and managed through one referral route.",
            "More older people still at home 91 days after discharge into reablement; fewer permanent admissions to care homes.",
            true, 1.8),
        new("Carers' support and breaks",
            "Carers' assessments, short breaks and emergency respite, including the NHS carers' breaks funding, delivered with the {place} carers' centre.",
            "More carers assessed and supported; carer-reported quality of life maintained or improved.",
            true, 0.6),
        new("Disabled facilities and home adaptations",
            "The Disabled Facilities Grant and social care capital pooled with the housing authorities of {place} to speed adaptations, equipment and minor works that let people leave hospital and stay at home.",
            "Shorter waits for adaptations; fewer falls-related admissions among people aged 65 and over.",
            true, 0.9),
        new("Dementia care pathway",
            "Memory assessment in the practices of {ccg}, dementia advisers and crisis support in the community so that people with dementia are diagnosed earlier and supported at home.",
            "Higher estimated dementia diagnosis rate; fewer emergency admissions of people with dementia.",
            false, 0.7),
        new("Falls prevention and bone health",
            "A falls pathway across {place} combining strength and balance classes, falls response, and fracture liaison for people aged 65 and over.",
            "Fewer injuries due to falls in people aged 65 and over; fewer admissions following a fall.",
            false, 0.5),
        new("Care home support and in-reach",
            "GP-aligned support, medicines review and nurse in-reach for the residential and nursing homes of {place}.",
            "Fewer emergency admissions from care homes; fewer deaths in hospital of care home residents.",
            false, 0.6),
        new("Single point of access and care co-ordination",
            "One telephone and electronic referral point for community health and social care in {place}, using the NHS number as the primary identifier and a shared care record.",
            "Faster response to referrals; information shared safely between health and social care.",
            true, 0.5),
        new("Telecare and assistive technology",
            "Telecare and telehealth packages offered by {council} as standard to people leaving reablement and to people with long-term conditions.",
            "More people supported to live independently; fewer avoidable admissions.",
            true, 0.4),
    ];
}
