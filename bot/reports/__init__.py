"""The clinician report: pure renderers from bot.domain.report.ReportData to PDF bytes."""
