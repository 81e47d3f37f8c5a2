namespace Platform.Load.Reporting;

/// <summary>One query or pass timed at one database size.</summary>
internal sealed record ScaleRow(int Cases, string Measure, double Milliseconds, string Note);
