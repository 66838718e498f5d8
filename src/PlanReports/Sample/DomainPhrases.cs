namespace PlanReports.Sample;

/// <summary>
/// Phrase banks for the SHA cluster's narrative on each assurance domain, keyed by domain and RAG rating, in the
/// register of 2012 assurance returns: issues by exception, what was tested, what remains to do. Placeholders:
/// {cluster}, {ccg}, {allccgs} ("all eight emerging CCGs"), {pct}, {council}, {savings}, {programme}.
/// </summary>
internal static class DomainPhrases
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Commentary =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
        {
            ["overarching"] = Bank(
                green: ["The integrated plan is coherent across quality, resources and reform, and trajectories, milestones and finance reconcile. The cluster board and {allccgs} have signed off the plan.",
                        "A well-evidenced plan with clear end states for the key QIPP programmes; governance to track delivery is in place through the cluster board and its CCG committees."],
                amber: ["The plan is broadly sound but the link between QIPP end states and activity and workforce plans is not yet explicit for every programme. The SHA cluster has asked for a reconciled version for the April submission.",
                        "The plan meets most requirements of the Operating Framework; risks are identified but mitigation for the {savings} QIPP challenge relies heavily on {programme}."],
                red: ["The plan does not yet demonstrate how the system will achieve sustainable service and financial performance. Material gaps remain between the QIPP requirement and identified schemes, and the SHA cluster is not assured.",
                      "Trajectories, milestones and the financial plan are not consistent with each other; the SHA cluster has escalated the plan to its board and agreed an intensive support arrangement."]),
            ["engagement"] = Bank(
                green: ["Emerging CCGs led the development of commissioning intentions; providers, the shadow health and wellbeing boards and {council} were engaged through a series of joint planning events.",
                        "Clinical engagement is strong: primary and secondary care clinicians agreed the end states for urgent care and long-term conditions, and a patient and public reference group reviewed the plan."],
                amber: ["Engagement with CCGs and the local authority is evident, but engagement with secondary care clinicians on the planned care end state is limited. Plans for continued patient and public engagement are outlined rather than scheduled.",
                        "Stakeholders were consulted late in the process; the cluster has committed to a stakeholder event before the final submission to test the plan with providers."],
                red: ["There is little evidence that CCGs or providers have agreed the end states; {ccg} has written to the SHA cluster to say it does not support the plan as drafted.",
                      "The plan was developed by the cluster executive with limited involvement of CCGs, clinicians or the local authority."]),
            ["performance-quality"] = Bank(
                green: ["2011/12 delivery was strong and the plans address dementia, carers, military and veterans' health and the health visitor expansion.",
                        "Trajectories for A&E, referral to treatment and cancer waits are consistent with the Operating Framework; healthcare associated infection plans are consistent with the national objectives."],
                amber: ["Most standards are planned to be met; the recovery plans for the exceptions are credible but untested.",
                        "Trajectories are at the standards with little headroom in places, and the healthcare associated infection plans rely on improvement at one acute trust."],
                red: ["The recovery plan from 2011/12 has not delivered and the SHA cluster does not consider the plan for quality and performance sufficient.",
                      "The plan does not yet address the Annex 4 key issues, and performance on cancer waits deteriorated in the second half of 2011/12 without a recovery trajectory."]),
            ["finance"] = Bank(
                green: ["The plan delivers the planned surplus, resolves legacy debt and sets aside the 2% non-recurrent funding. QIPP savings of {savings} are consistent with the four-year integrated plan.",
                        "Financial plans for every PCT balance; running cost targets are met and there is headroom between the QIPP challenge and the savings identified."],
                amber: ["The financial plan balances but with limited headroom: QIPP savings of {savings} are fully committed and contingency is below 0.5%. The SHA cluster has asked for a risk-adjusted plan.",
                        "Surplus drawdown is assumed before it has been agreed, and one PCT depends on non-recurrent support to break even."],
                red: ["{pct} plans a deficit for 2012/13 and the cluster has not shown how legacy debt will be resolved. The QIPP gap is not closed.",
                      "The financial plan is not balanced: unidentified QIPP savings exceed a quarter of the {savings} requirement."]),
            ["qipp"] = Bank(
                green: ["The key QIPP programmes have SMART milestones and clear end states to 2014/15, and together account for most of the {savings} planned savings. Delivery in 2011/12 was above plan.",
                        "QIPP plans are well developed, clinically led and owned by the CCGs; recovery actions are defined should any programme slip."],
                amber: ["QIPP programmes are identified but milestones for {programme} are process steps rather than end states, and the activity impact of two programmes is not quantified.",
                        "The QIPP plan has changed materially since the four-year plan signed off last year; the reasons are given but the new programmes are less mature."],
                red: ["The key programmes do not account for the planned savings and milestones are not SMART; the cluster is asked to resubmit its QIPP programme.",
                      "Slippage on QIPP in 2011/12 has not been recovered and the plan for 2012/13 relies on schemes without business cases."]),
            ["workforce"] = Bank(
                green: ["Workforce plans are aligned with activity and finance; the key lines of enquiry were tested and clinical ownership of workforce change is evident. The health visitor trajectory meets the cluster's share of the national commitment.",
                        "Providers' workforce plans were reviewed against quality metrics and no safety concerns were identified."],
                amber: ["Workforce plans are broadly aligned, but reductions in clinical staff at one provider have not yet been correlated with quality data. Health visitor recruitment is behind trajectory.",
                        "The workforce plan does not yet show how the cluster's own staff will transfer to CCGs, the NHS Commissioning Board and local authorities."],
                red: ["Planned reductions in clinical workforce at two providers raise quality concerns that have not been tested; a deep dive has been commissioned.",
                      "There is no credible plan to deliver the health visitor numbers, and workforce and activity plans conflict."]),
            ["informatics"] = Bank(
                green: ["Informatics plans support CCGs with management information at CCG level monthly, and the programme to give patients electronic access to records is on track.",
                        "The cluster has a clear informatics transition plan, including information governance arrangements for the transfer of public health intelligence."],
                amber: ["CCG-level reporting is in place for finance and activity but not yet for quality; the transfer of informatics services to the commissioning support service is not yet costed.",
                        "Choose and Book utilisation is below the cluster's plan and the GP systems procurement has slipped a quarter."],
                red: ["There is no informatics plan for transition, and CCGs do not yet receive management information at their own level.",
                      "Information governance arrangements for sharing data with CCGs and local authorities are not in place."]),
            ["tr-ccgs"] = Bank(
                green: ["Delegated budgets, development plans and refreshed OD plans are in place for {allccgs}, and authorisation applications are being prepared in the waves agreed nationally.",
                        "Delegation to CCGs is complete and CCGs lead the local health system through the integrated care board; configuration risk assessment raised no issues."],
                amber: ["Delegation is in place but {ccg} has not yet confirmed its senior leadership team and is likely to apply in a later authorisation wave.",
                        "Most CCGs are on track for authorisation, but one configuration remains under discussion with the SHA cluster."],
                red: ["Budgets have not been delegated to all emerging CCGs and development plans are incomplete; authorisation by April 2013 is at risk for {ccg}.",
                      "The configuration of CCGs is not settled and the timetable for authorisation cannot yet be met."]),
            ["tr-commissioning-support"] = Bank(
                green: ["The commissioning support service passed checkpoint two of the business review, with shadow SLAs in place with every CCG from April 2012.",
                        "CCGs have agreed their do/buy/share intentions and the commissioning support offer meets their needs; transitional leaders are in post."],
                amber: ["The outline business plan for commissioning support passed checkpoint two with conditions; shadow SLAs are agreed with most but not all CCGs.",
                        "Commissioning support arrangements are emerging but the service is not yet clearly distinguishable from the cluster."],
                red: ["The commissioning support service did not pass checkpoint two and CCGs have not agreed where they will buy support.",
                      "No shadow SLAs are in place and the commissioning support business plan is not viable at its current scale."]),
            ["tr-direct-commissioning"] = Bank(
                green: ["Contract and premises stocktakes are complete, an implementation lead for primary care commissioning is in post, and PCTMS/PCTDS divestment is planned.",
                        "Direct commissioning contracts are stabilised and the cluster has adopted the common contract compliance framework."],
                amber: ["The contract stocktake is complete but the risk assessment for stabilisation is outstanding for dental and pharmacy contracts.",
                        "Plans to divest PCT-provided dental services are agreed in principle but not yet scheduled."],
                red: ["The contract stocktake is incomplete and there is no plan to divest PCT medical and dental services.",
                      "Specialised commissioning arrangements are not agreed and contract stabilisation has not started."]),
            ["tr-hwb"] = Bank(
                green: ["A shadow health and wellbeing board is established with {council}, CCG leads participate, and the JSNA refresh is under way as the basis for the joint health and wellbeing strategy.",
                        "The shadow board has agreed high-level priorities from the JSNA and CCGs are co-leading development of the joint strategy."],
                amber: ["The shadow health and wellbeing board meets but CCG membership is not yet agreed, and the JSNA refresh has not started.",
                        "Relationships with {council} are good but the joint strategy timetable is later than the national expectation."],
                red: ["There is no shadow health and wellbeing board in one local authority area and CCGs are not yet engaged with the JSNA.",
                      "The local authority and CCGs disagree on the board's membership and the JSNA refresh is stalled."]),
            ["tr-public-health"] = Bank(
                green: ["The public health transition plan, agreed with {council}, was rated green by the SHA cluster; HR working groups meet monthly and contracts for transfer are under review.",
                        "The transition plan addresses every section of the Annex 6 checklist, with a communications and engagement plan and agreed arrangements for screening and immunisation."],
                amber: ["A transition plan is agreed with the local authorities, but arrangements for the core offer of public health advice to CCGs and for emergency planning are not yet tested.",
                        "The public health transition plan is in draft; the ring-fenced budget baseline is still being agreed with {council}."],
                red: ["The public health transition plan has not been agreed with the local authorities and the Annex 6 checklist is largely not started.",
                      "There is no agreed approach to transferring public health staff or contracts, and information governance for public health intelligence is unresolved."]),
            ["tr-provider-development"] = Bank(
                green: ["Every NHS trust in the cluster's area has an agreed Tripartite Formal Agreement and milestones are on track; community services have transferred.",
                        "The FT pipeline is on track: TFA milestones for the two remaining aspirant trusts are reflected in the cluster's milestones."],
                amber: ["TFA milestones are agreed but one aspirant trust has slipped its application date by a quarter; the cluster is working with the SHA on options.",
                        "Provider development plans are agreed but the clinical strategy underpinning one trust's FT application is not yet consistent with commissioning intentions."],
                red: ["One NHS trust has no viable route to foundation trust status and its TFA milestones are not reflected in the plan.",
                      "The provider landscape is unstable: a trust deficit is not in formal recovery and is not consistent with its TFA."]),
        };

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Risk, string Mitigation)>> KeyRisks =
        new Dictionary<string, IReadOnlyList<(string, string)>>
        {
            ["overarching"] = [("Delivery of the plan depends on the QIPP programmes delivering in full while the organisations that own them change.", "Programme boards report monthly to the cluster board; CCG committees hold delivery accountability from April 2012."),
                               ("Capacity of the single executive team is stretched between delivery and transition.", "Executive portfolios reviewed; interim capacity secured for transition programmes.")],
            ["engagement"] = [("Loss of clinical engagement as CCG leads focus on authorisation.", "Clinical leads' time funded; engagement plan built into CCG development plans."),
                              ("Public concern about service changes in the urgent care programme.", "Formal consultation planned with the local authority's health overview and scrutiny committee.")],
            ["performance-quality"] = [("Growth in non-elective activity puts the A&E standard at risk over winter.", "Urgent care board agreed winter plan; additional community capacity commissioned."),
                                       ("Backlog clearance may delay achievement of referral to treatment standards in quarter 1.", "Weekly monitoring of incomplete pathways; additional independent sector capacity.")],
            ["finance"] = [("Acute activity above contract erodes the planned surplus.", "Contract activity management plans; 2% non-recurrent reserve held."),
                           ("QIPP savings slip, leaving a gap against the planned surplus.", "Monthly QIPP tracker with contingency schemes identified.")],
            ["qipp"] = [("The largest programme depends on shifting activity out of hospital faster than community capacity grows.", "Phased implementation with gateway reviews before each shift of activity."),
                        ("Savings are double-counted between programmes.", "Single QIPP register reconciled to the financial plan each month.")],
            ["workforce"] = [("Staff turnover during transition leads to loss of key skills.", "Retention plan and workforce transition plan agreed with staff side."),
                             ("Health visitor recruitment falls behind trajectory.", "Joint recruitment with neighbouring clusters; return to practice programme.")],
            ["informatics"] = [("Information services are disrupted when they move to the commissioning support service.", "Service transfer plan with parallel running for three months."),
                               ("Information governance arrangements are not ready for data flows to CCGs and local authorities.", "Information governance toolkit actions tracked by the Caldicott guardian.")],
            ["tr-ccgs"] = [("One or more CCGs are not ready for authorisation in their planned wave.", "Development plans reviewed quarterly with the SHA cluster; support from the cluster's OD team."),
                           ("Accountable officer and chief finance officer posts remain vacant.", "Recruitment timetable agreed; interim cover arranged.")],
            ["tr-commissioning-support"] = [("The commissioning support service is not viable at its current scale.", "Partnership with a neighbouring service explored before checkpoint three."),
                                            ("CCGs choose alternative providers, reducing the service's income.", "Service offer shaped with CCGs; shadow SLAs reviewed quarterly.")],
            ["tr-direct-commissioning"] = [("Contracts are not stabilised before transfer to the NHS Commissioning Board.", "Contract stocktake and risk register maintained; transfer schedule agreed."),
                                           ("Loss of primary care contracting expertise during transition.", "Implementation lead in post; staff aligned to the area team.")],
            ["tr-hwb"] = [("The joint health and wellbeing strategy is not ready to inform 2013/14 commissioning plans.", "JSNA refresh timetable agreed with the local authority; CCGs co-lead the strategy."),
                          ("Membership disputes delay the shadow board.", "Terms of reference agreed through the council's constitution committee.")],
            ["tr-public-health"] = [("Public health contracts transfer without the information needed to manage them.", "Contract register and novation plan agreed with the local authority."),
                                    ("Screening and immunisation responsibilities are unclear after April 2013.", "Arrangements tested with the local authority and the area team by October 2012.")],
            ["tr-provider-development"] = [("An aspirant trust misses its TFA milestones.", "Monthly TFA review with the SHA; contingency options appraised."),
                                           ("Trust deficits undermine the FT pipeline.", "Recovery plans agreed and monitored through the contract.")],
        };

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Bank(IReadOnlyList<string> green, IReadOnlyList<string> amber, IReadOnlyList<string> red) =>
        new Dictionary<string, IReadOnlyList<string>> { ["green"] = green, ["amber"] = amber, ["red"] = red };
}
