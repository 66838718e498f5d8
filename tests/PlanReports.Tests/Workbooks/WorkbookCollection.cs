namespace PlanReports.Tests.Workbooks;

/// <summary>The workbook tests share one store and run one after another, because some import over it.</summary>
[CollectionDefinition(Name)]
public sealed class WorkbookCollection : ICollectionFixture<WorkbookStore>
{
    public const string Name = "workbooks";
}
