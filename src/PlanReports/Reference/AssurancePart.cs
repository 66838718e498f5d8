namespace PlanReports.Reference;

/// <summary>The parts the RAG narrative template asks for on each domain (000 §5).</summary>
public enum AssurancePart
{
    Rag,
    Commentary,
    KeyRisksAndMitigatingAction,
}
