namespace PlanReports.Reference;

/// <summary>Reads a <c>planning-round-*.yaml</c> file.</summary>
internal static class PlanningRoundReader
{
    public static PlanningRound Read(YamlMap root)
    {
        var timetable = root.RequiredList("timetable", "timetable entry", map =>
        {
            var start = map.RequiredDate("start");
            var end = map.OptionalDate("end");
            if (end < start)
            {
                throw map.Error($"timetable entry ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
            }

            return new TimetableEntry(map.RequiredString("date_as_stated"), start, end, map.RequiredString("action"));
        });

        var kinds = new UniqueKeys("submission");
        var submissions = root.RequiredList("submissions", "submission", map =>
        {
            var kind = map.RequiredEnum<SubmissionKind>("kind");
            kinds.Add(YamlEnum.Name(kind), map);
            return new SubmissionDate(kind, map.RequiredDate("date"), map.RequiredString("quote"));
        });

        var signOff = root.Has("sign_off")
            ? root.RequiredMap("sign_off", "sign-off arrangement", map => new SignOffArrangement(
                map.RequiredString("held_by"),
                map.RequiredDate("window_start"),
                map.RequiredDate("window_end"),
                map.RequiredString("quote"),
                map.RequiredString("submissions_to")))
            : null;

        return new PlanningRound(root.RequiredString("code"), root.RequiredString("title"), root.RequiredString("seed"), timetable, submissions, signOff);
    }
}
