using System.Text.Json.Serialization;
using PlanReports.Reports.BcfApprovalLetter;
using PlanReports.Reports.BcfPlanPack;
using PlanReports.Reports.PctAssuranceLetter;
using PlanReports.Reports.PhChecklist;
using PlanReports.Reports.RagNarrativeBundle;
using PlanReports.Reports.RagNarrativePack;
using PlanReports.Reports.RegionalSummary;
using PlanReports.Reports.SignoffLetter;

namespace PlanReports.Reports;

/// <summary>
/// Serialisers generated at compile time for the view models of the project's own reports, so the input hash of
/// each document does not build System.Text.Json's reflection metadata (hundreds of generic methods compiled at run
/// time) nor go through its reflection accessors. The text is the same as the reflection serialiser's: members in
/// declaration order, no indentation, the default encoder; <see cref="InputHash"/> falls back to reflection for any
/// other view model type.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(BcfApprovalLetterModel))]
[JsonSerializable(typeof(BcfPlanPackModel))]
[JsonSerializable(typeof(PctAssuranceLetterModel))]
[JsonSerializable(typeof(PhChecklistModel))]
[JsonSerializable(typeof(RagNarrativeBundleModel))]
[JsonSerializable(typeof(RagNarrativePackDocument))]
[JsonSerializable(typeof(RegionalSummaryModel))]
[JsonSerializable(typeof(SignoffLetterModel))]
internal sealed partial class ViewModelJsonContext : JsonSerializerContext;
