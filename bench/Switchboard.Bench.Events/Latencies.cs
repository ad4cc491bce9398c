using System.Globalization;

namespace Switchboard.Bench.Events;

internal static class Latencies
{
    /// <summary>The one <c>result</c> line: deliveries, missing, and percentiles in milliseconds.</summary>
    public static string Describe(List<double> latencies, long missing)
    {
        latencies.Sort();
        double Percentile(double p) =>
            latencies.Count == 0 ? double.NaN : latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"result deliveries {latencies.Count}, missing {missing}; commit->arrival ms: p50 {Percentile(0.50):F1}  p90 {Percentile(0.90):F1}  p99 {Percentile(0.99):F1}  max {Percentile(1):F1}");
    }
}
