namespace Platform.Calendar.Queries;

/// <summary>A rule a deadline question broke, worded for people in Chinese and, for the command line, in English.</summary>
internal sealed record QueryRule(string Code, string Field, string Chinese, string English);
