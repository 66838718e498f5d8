namespace PlanReports.Reports.RegionalSummary;

/// <summary>
/// How the region's plans for one indicator changed between submissions: how many PCTs changed their trajectory,
/// and which of them now plan to miss, or now plan to meet, the national standard (the material changes).
/// </summary>
internal sealed record IndicatorChange(string IndicatorName, int PctsChanged, IReadOnlyList<string> NowMissing, IReadOnlyList<string> NowMeeting)
{
    /// <summary>The PCTs that now plan to miss the standard, in words, or "None".</summary>
    public string NowMissingText => NowMissing.Count == 0 ? "None" : string.Join("; ", NowMissing);

    /// <summary>The PCTs that now plan to meet the standard, in words, or "None".</summary>
    public string NowMeetingText => NowMeeting.Count == 0 ? "None" : string.Join("; ", NowMeeting);
}
