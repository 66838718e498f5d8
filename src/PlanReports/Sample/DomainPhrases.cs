namespace PlanReports.Sample;

/// <summary>
/// Phrase banks for the SHA cluster's narrative on each assurance domain, keyed by domain and RAG rating, in the
/// register of 2012 assurance returns: issues by exception, what was tested, what remains to do. Every sentence
/// names a fact of the organisation, so no sentence reads the same for two PCT clusters. Placeholders: {cluster},
/// {ccg}, {allccgs} ("all eight emerging CCGs"), {pct}, {pctlist} (its PCTs by name), {council}, {savings},
/// {programme}, {population} ("1.2 million"), {chief} (the cluster's chief executive).
/// </summary>
internal static class DomainPhrases
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Commentary =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
        {
            ["overarching"] = Bank(
                green: ["The integrated plan for {population} people is coherent across quality, resources and reform, and trajectories, milestones and finance reconcile; the cluster board and {allccgs} have signed it off.",
                        "A well-evidenced plan with clear end states for the key QIPP programmes, {programme} the largest; governance to track delivery runs through the {cluster} board and its CCG committees.",
                        "The plan for {pctlist} holds together: the {savings} of QIPP savings, the trajectories and the reform milestones tell one story, and {allccgs} have signed them off."],
                amber: ["The plan of {cluster} is broadly sound but the link between QIPP end states and activity and workforce plans is not yet explicit for {programme}; the SHA cluster has asked for a reconciled version.",
                        "The plan of {cluster} meets most requirements of the Operating Framework; risks are identified but mitigation for the {savings} QIPP challenge relies heavily on {programme}.",
                        "The {cluster} plan is credible in most domains, but {ccg} and {council} have not yet agreed the shared end states it depends on."],
                red: ["The plan does not yet show how the health system serving the {population} people of {pctlist} will achieve sustainable service and financial performance; gaps remain between the {savings} QIPP requirement and identified schemes.",
                      "Trajectories, milestones and the financial plan of {cluster} are not consistent with each other; the SHA cluster has escalated the plan to its board and agreed intensive support."]),
            ["engagement"] = Bank(
                green: ["Emerging CCGs led the development of commissioning intentions; providers, the shadow health and wellbeing board and {council} were engaged through joint planning events.",
                        "Clinical engagement is strong: primary and secondary care clinicians across {pctlist} agreed the end states for urgent care and long-term conditions, and a patient reference group reviewed the plan.",
                        "{ccg} and the other CCGs shaped {programme} with local clinicians, and {council} tested it at its health overview and scrutiny committee."],
                amber: ["Engagement with {ccg} and {council} is evident, but engagement with secondary care clinicians on the planned care end state is limited.",
                        "Stakeholders across {pctlist} were consulted late in the process; the cluster has committed to a stakeholder event to test the plan with providers.",
                        "Patient and public engagement on {programme} is outlined rather than scheduled, and {council} asked for a clearer timetable."],
                red: ["There is little evidence that CCGs or providers have agreed the end states; {ccg} has written to the SHA cluster to say it does not support the plan as drafted.",
                      "The {cluster} plan was developed by the cluster executive with limited involvement of {allccgs}, clinicians or {council}."]),
            ["performance-quality"] = Bank(
                green: ["Delivery in 2011/12 was strong across {pctlist}, and the plans address dementia, carers, military and veterans' health and the health visitor expansion.",
                        "Trajectories for A&E, referral to treatment and cancer waits in {pctlist} are consistent with the Operating Framework; infection plans are consistent with the national objectives."],
                amber: ["Trajectories in {pctlist} are at the standards with little headroom in places, and the healthcare associated infection plans rely on improvement at one acute trust.",
                        "Performance plans for {population} people meet the standards, but the winter plan agreed by {ccg} is not yet costed."],
                red: ["The recovery plan from 2011/12 has not delivered in {pct}, and the SHA cluster does not consider the plan for quality and performance sufficient.",
                      "The plan does not yet address the Annex 4 key issues, and cancer waits in {pct} deteriorated in the second half of 2011/12 without a recovery trajectory."]),
            ["finance"] = Bank(
                green: ["The plan of {cluster} delivers the planned surplus, resolves legacy debt and sets aside the 2% non-recurrent funding; QIPP savings of {savings} are consistent with the four-year integrated plan.",
                        "Financial plans for {pctlist} balance; running cost targets are met and there is headroom between the QIPP challenge and the savings identified."],
                amber: ["The financial plan of {cluster} balances but with limited headroom: QIPP savings of {savings} are fully committed and contingency is below 0.5%, so the SHA cluster has asked the cluster board for a risk-adjusted plan.",
                        "Surplus drawdown is assumed before it has been agreed, and {pct} depends on non-recurrent support to break even.",
                        "The plan for {pctlist} balances only if {programme} delivers in full; the {savings} of savings leaves little room for acute over-performance."],
                red: ["{pct} plans a deficit for 2012/13 and the cluster has not shown how legacy debt will be resolved; the QIPP gap is not closed.",
                      "The financial plan of {cluster} is not balanced: unidentified QIPP savings exceed a quarter of the {savings} requirement."]),
            ["qipp"] = Bank(
                green: ["The key QIPP programmes of {cluster} have SMART milestones and clear end states to 2014/15, and together account for most of the {savings} planned savings.",
                        "QIPP plans are well developed, clinically led and owned by {allccgs}; recovery actions are defined should {programme} slip."],
                amber: ["QIPP programmes are identified, but milestones for {programme} in {pct} are process steps rather than end states, and its activity impact is not quantified.",
                        "The QIPP plan of {cluster} has changed materially since the four-year plan signed off last year; the reasons are given but the new programmes are less mature."],
                red: ["The key programmes do not account for the {savings} of planned savings and milestones are not SMART; {cluster} is asked to resubmit its QIPP programme.",
                      "Slippage on QIPP in 2011/12 has not been recovered, and the plan for 2012/13 relies on schemes in {pct} without business cases."]),
            ["workforce"] = Bank(
                green: ["Workforce plans are aligned with activity and finance for {pctlist}; the key lines of enquiry were tested and clinical ownership of workforce change is evident.",
                        "Providers' workforce plans for the {population} people of {pctlist} were reviewed against quality metrics and no safety concerns were identified."],
                amber: ["Workforce plans are broadly aligned, but reductions in clinical staff at one provider serving {pct} have not yet been correlated with quality data.",
                        "The workforce plan does not yet show how the staff of {cluster} will transfer to {allccgs}, the NHS Commissioning Board and {council}."],
                red: ["Planned reductions in clinical workforce at two providers serving {pct} raise quality concerns that have not been tested; a deep dive has been commissioned.",
                      "There is no credible plan to deliver the health visitor numbers for {pctlist}, and workforce and activity plans conflict."]),
            ["informatics"] = Bank(
                green: ["Informatics plans give {allccgs} management information at CCG level monthly, and electronic access to records is on track in {pct}.",
                        "The cluster has a clear informatics transition plan, including information governance for the transfer of public health intelligence to {council}."],
                amber: ["CCG-level reporting for {ccg} covers finance and activity but not yet quality; the transfer of informatics services to commissioning support is not yet costed.",
                        "Choose and Book use in {pct} is below the cluster's plan and the GP systems procurement has slipped a quarter."],
                red: ["There is no informatics plan for transition, and {allccgs} do not yet receive management information at their own level.",
                      "Information governance arrangements for sharing data with {ccg} and {council} are not in place."]),
            ["tr-ccgs"] = Bank(
                green: ["Delegated budgets, development plans and refreshed OD plans are in place for {allccgs}, and authorisation applications are being prepared in the waves agreed nationally.",
                        "Delegation to {allccgs} is complete, and the CCGs lead the local health system through the integrated care board."],
                amber: ["Delegation is in place but {ccg} has not yet confirmed its senior leadership team and is likely to apply in a later authorisation wave.",
                        "Most of the CCGs in {cluster} are on track for authorisation, but the configuration of {ccg} remains under discussion."],
                red: ["Budgets have not been delegated to {allccgs} and development plans are incomplete; authorisation by April 2013 is at risk for {ccg}.",
                      "The configuration of CCGs across {pctlist} is not settled and the timetable for authorisation cannot yet be met."]),
            ["tr-commissioning-support"] = Bank(
                green: ["The commissioning support service used by {allccgs} passed checkpoint two of the business review, with shadow SLAs in place from April 2012.",
                        "{ccg} and the other CCGs have agreed their do/buy/share intentions, and the commissioning support offer meets their needs."],
                amber: ["The outline business plan for commissioning support passed checkpoint two with conditions; {ccg} has not yet agreed a shadow SLA.",
                        "Commissioning support arrangements for {cluster} are emerging but the service is not yet clearly distinct from the cluster."],
                red: ["The commissioning support service did not pass checkpoint two, and {allccgs} have not agreed where they will buy support.",
                      "No shadow SLAs are in place with {ccg} and the commissioning support business plan is not viable at its current scale."]),
            ["tr-direct-commissioning"] = Bank(
                green: ["Contract and premises stocktakes for {pctlist} are complete, an implementation lead for primary care commissioning is in post, and PCTMS/PCTDS divestment is planned.",
                        "Direct commissioning contracts in {pct} are stabilised and the cluster has adopted the common contract compliance framework."],
                amber: ["The contract stocktake is complete but the risk assessment for stabilisation is outstanding for dental and pharmacy contracts in {pct}.",
                        "Plans to divest the dental services {pct} provides are agreed in principle but not yet scheduled."],
                red: ["The contract stocktake for {pctlist} is incomplete and there is no plan to divest PCT medical and dental services.",
                      "Specialised commissioning arrangements for {pctlist} are not agreed and contract stabilisation has not started."]),
            ["tr-hwb"] = Bank(
                green: ["A shadow health and wellbeing board is established with {council}, CCG leads participate, and the JSNA refresh is under way as the basis for the joint strategy.",
                        "The shadow board of {council} has agreed high-level priorities from the JSNA, and {ccg} is co-leading development of the joint strategy."],
                amber: ["The shadow health and wellbeing board of {council} meets, but CCG membership is not yet agreed and the JSNA refresh has not started.",
                        "Relationships with {council} are good but the joint strategy timetable is later than the national expectation."],
                red: ["{council} has no shadow health and wellbeing board yet, and {ccg} is not engaged with the JSNA.",
                      "{council} and the CCGs disagree on the board's membership, and the JSNA refresh is stalled."]),
            ["tr-public-health"] = Bank(
                green: ["The public health transition plan agreed with {council} was rated green by the SHA cluster; HR working groups meet monthly and contracts for transfer are under review.",
                        "The transition plan agreed with {council} addresses every section of the Annex 6 checklist, with agreed arrangements for screening and immunisation."],
                amber: ["A transition plan is agreed with {council}, but the core offer of public health advice to {allccgs} and emergency planning are not yet tested.",
                        "The public health transition plan is in draft; the ring-fenced budget baseline is still being agreed with {council}."],
                red: ["The public health transition plan has not been agreed with {council} and the Annex 6 checklist is largely not started.",
                      "There is no agreed approach with {council} to transferring public health staff or contracts, and information governance for public health intelligence is unresolved."]),
            ["tr-provider-development"] = Bank(
                green: ["Every NHS trust serving {pctlist} has an agreed Tripartite Formal Agreement and milestones are on track; community services have transferred.",
                        "The FT pipeline is on track: TFA milestones for the aspirant trusts serving {pctlist} are reflected in the cluster's milestones."],
                amber: ["TFA milestones are agreed, but the aspirant trust serving {pct} has slipped its application date by a quarter; the cluster is working with the SHA on options.",
                        "Provider development plans are agreed, but the clinical strategy behind one trust's FT application is not yet consistent with {ccg}'s commissioning intentions."],
                red: ["The NHS trust serving {pct} has no viable route to foundation trust status and its TFA milestones are not reflected in the plan.",
                      "The provider landscape serving the {population} people of {cluster} is unstable: a trust deficit is not in formal recovery and is not consistent with its TFA."]),
        };

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Risk, string Mitigation)>> KeyRisks =
        new Dictionary<string, IReadOnlyList<(string, string)>>
        {
            ["overarching"] = [("Delivery of the {cluster} plan depends on {programme} delivering in full while the organisations that own it change.", "Programme boards report monthly to the {cluster} board; CCG committees hold delivery accountability from April 2012."),
                               ("The single executive team of {cluster} is stretched between delivery and transition.", "Executive portfolios reviewed; interim capacity secured for the transition programmes of {cluster}.")],
            ["engagement"] = [("Loss of clinical engagement as the leads of {ccg} focus on authorisation.", "Clinical leads' time funded; engagement plan built into the development plan of {ccg}."),
                              ("Public concern in {council}'s area about service changes in {programme}.", "Formal consultation planned with the health overview and scrutiny committee of {council}.")],
            ["performance-quality"] = [("Growth in non-elective activity in {pct} puts the A&E standard at risk over winter.", "Urgent care board of {ccg} agreed a winter plan; additional community capacity commissioned."),
                                       ("Backlog clearance in {pct} may delay achievement of the referral to treatment standards in quarter 1.", "Weekly monitoring of incomplete pathways for {pct}; additional independent sector capacity.")],
            ["finance"] = [("Acute activity above contract in {pct} erodes the planned surplus.", "Contract activity management plans for {pct}; 2% non-recurrent reserve held."),
                           ("The {savings} of QIPP savings planned by {cluster} slips, leaving a gap against the planned surplus.", "Monthly QIPP tracker for {cluster}, with contingency schemes identified.")],
            ["qipp"] = [("{programme} of {cluster} depends on shifting activity out of hospital faster than community capacity in {pct} grows.", "Phased implementation of {programme} in {pct}, with gateway reviews before each shift of activity."),
                        ("Savings are double-counted between the programmes of {cluster}.", "Single QIPP register for {cluster} reconciled to the financial plan each month.")],
            ["workforce"] = [("Staff turnover during transition leads to loss of key skills in {cluster}.", "Retention plan and workforce transition plan for {cluster} agreed with staff side."),
                             ("Health visitor recruitment in {pct} falls behind trajectory.", "Joint recruitment with neighbouring clusters and a return to practice programme in {pct}.")],
            ["informatics"] = [("Information services for {allccgs} are disrupted when they move to the commissioning support service.", "Service transfer plan for {cluster} with parallel running for three months."),
                               ("Information governance arrangements are not ready for data flows to {ccg} and {council}.", "Information governance toolkit actions for {cluster} tracked by the Caldicott guardian.")],
            ["tr-ccgs"] = [("{ccg} is not ready for authorisation in its planned wave.", "Development plan of {ccg} reviewed quarterly with the SHA cluster; support from the cluster's OD team."),
                           ("Accountable officer and chief finance officer posts at {ccg} remain vacant.", "Recruitment timetable for {ccg} agreed; interim cover arranged.")],
            ["tr-commissioning-support"] = [("The commissioning support service used by {cluster} is not viable at its current scale.", "Partnership with a neighbouring service explored with {allccgs} before checkpoint three."),
                                            ("{ccg} chooses another provider of commissioning support, reducing the service's income.", "Service offer shaped with {ccg}; shadow SLAs reviewed quarterly.")],
            ["tr-direct-commissioning"] = [("Contracts in {pct} are not stabilised before transfer to the NHS Commissioning Board.", "Contract stocktake and risk register for {pct} maintained; transfer schedule agreed."),
                                           ("Primary care contracting expertise in {cluster} is lost during transition.", "Implementation lead in post; the primary care staff of {cluster} aligned to the area team.")],
            ["tr-hwb"] = [("The joint health and wellbeing strategy of {council} is not ready to inform 2013/14 commissioning plans.", "JSNA refresh timetable agreed with {council}; {ccg} co-leads the strategy."),
                          ("Membership disputes delay the shadow board of {council}.", "Terms of reference agreed through the constitution committee of {council}.")],
            ["tr-public-health"] = [("Public health contracts transfer to {council} without the information needed to manage them.", "Contract register and novation plan agreed with {council}."),
                                    ("Screening and immunisation responsibilities in {council}'s area are unclear after April 2013.", "Arrangements tested with {council} and the area team by October 2012.")],
            ["tr-provider-development"] = [("The aspirant trust serving {pct} misses its TFA milestones.", "Monthly TFA review with the SHA; contingency options for {pct} appraised."),
                                           ("Trust deficits in the area of {cluster} undermine the FT pipeline.", "Recovery plans agreed with the trusts serving {pctlist} and monitored through the contract.")],
        };

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Bank(IReadOnlyList<string> green, IReadOnlyList<string> amber, IReadOnlyList<string> red) =>
        new Dictionary<string, IReadOnlyList<string>> { ["green"] = green, ["amber"] = amber, ["red"] = red };
}
