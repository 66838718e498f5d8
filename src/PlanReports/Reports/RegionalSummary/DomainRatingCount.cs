using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>How many PCT clusters of the region carry each rating in one domain.</summary>
internal sealed record DomainRatingCount(AssuranceDomain Domain, int Red, int Amber, int Green, int NotRated);
