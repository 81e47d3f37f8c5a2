using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Plugins.Yandu.Inspections;

/// <summary>
/// 双随机: draws targets from the population, then inspectors for each target from the qualified pool without
/// anyone related to that target. Every random number is SHA-256(seed:counter), so anyone holding the seed,
/// the population and the pool gets the same draw (same seed → same draw), on any runtime.
/// </summary>
internal static class RandomDraw
{
    public static IReadOnlyList<DrawnTarget> Draw(string seed, IReadOnlyList<string> population, IReadOnlyList<PoolInspector> pool, int targetCount,
        int inspectorsPerTarget)
    {
        var stream = new Stream(seed);
        var targets = Shuffle(population.Order(StringComparer.Ordinal).ToList(), stream).Take(targetCount).ToList();
        var orderedPool = pool.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        return targets.Select(target =>
        {
            var eligible = orderedPool.Where(p => !p.RelatedEnterprises.Contains(target)).Select(p => p.Code).ToList();
            if (eligible.Count < inspectorsPerTarget) throw new NotEnoughInspectors(target, eligible.Count);
            return new DrawnTarget(target, Shuffle(eligible, stream).Take(inspectorsPerTarget).ToList());
        }).ToList();
    }

    /// <summary>Fisher–Yates over a copy, with the seeded stream.</summary>
    private static List<string> Shuffle(List<string> items, Stream stream)
    {
        var copy = items.ToList();
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = stream.Below(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private sealed class Stream(string seed)
    {
        private long counter;

        /// <summary>A number in [0, bound), by rejection so every value is equally likely.</summary>
        public int Below(int bound)
        {
            var limit = ulong.MaxValue - ulong.MaxValue % (ulong)bound;
            while (true)
            {
                var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{counter++}"));
                var value = BinaryPrimitives.ReadUInt64BigEndian(hash);
                if (value < limit) return (int)(value % (ulong)bound);
            }
        }
    }
}

internal sealed record PoolInspector(string Code, IReadOnlyList<string> RelatedEnterprises);

internal sealed record DrawnTarget(string EnterpriseCode, IReadOnlyList<string> Inspectors);

internal sealed class NotEnoughInspectors(string target, int eligible)
    : Exception($"Only {eligible} inspectors without a conflict with {target}.")
{
    public string Target { get; } = target;
    public int Eligible { get; } = eligible;
}
