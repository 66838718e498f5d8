using Fluid.Ast;

namespace PlanReports.Reports;

/// <summary>Replaces every Liquid range in a parsed template (or partial) with a <see cref="BoundedRangeExpression"/>.</summary>
internal sealed class BoundedRangeRewriter : AstRewriter
{
    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        var rewritten = (RangeExpression)base.VisitRangeExpression(rangeExpression);
        return new BoundedRangeExpression(rewritten.From, rewritten.To);
    }
}
