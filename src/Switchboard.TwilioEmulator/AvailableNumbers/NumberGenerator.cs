namespace Switchboard.TwilioEmulator.AvailableNumbers;

/// <summary>
/// Produces the same numbers for the same search every time: each block's free digits come
/// from a hash of the block and a counter, with a <c>Contains</c> pattern written over them at
/// every place it fits, so even long patterns find numbers at once.
/// </summary>
public static class NumberGenerator
{
    private const int Rounds = 2000;

    public static IEnumerable<(NumberBlock Block, string PhoneNumber)> Generate(IReadOnlyList<NumberBlock> blocks, ContainsPattern? pattern)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var block in blocks)
            {
                foreach (var digits in Candidates(block, round, pattern))
                {
                    if (seen.Add(digits))
                    {
                        yield return (block, "+" + digits);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Candidates(NumberBlock block, int round, ContainsPattern? pattern)
    {
        var digits = Base(block, round);
        if (pattern is null)
        {
            if (block.Accepts(digits))
            {
                yield return new string(digits);
            }

            yield break;
        }

        if (block.Accepts(digits) && pattern.Matches(digits))
        {
            yield return new string(digits);
        }

        for (var offset = 0; offset + pattern.Digits.Length <= digits.Length; offset++)
        {
            var candidate = (char[])digits.Clone();
            if (offset + pattern.Digits.Length > block.Prefix.Length
                && pattern.TryOverlay(candidate, offset, block.Prefix.Length)
                && block.Accepts(candidate)
                && pattern.Matches(candidate))
            {
                yield return new string(candidate);
            }
        }
    }

    private static char[] Base(NumberBlock block, int round)
    {
        var digits = new char[block.Length];
        block.Prefix.CopyTo(digits);
        var state = Seed(block.Prefix) ^ (ulong)round * 0x9E3779B97F4A7C15UL;
        for (var i = block.Prefix.Length; i < digits.Length; i++)
        {
            state = Mix(state + (ulong)i);
            digits[i] = (char)('0' + (int)(state % 10));
        }

        if (block.Nanp && digits[4] is '0' or '1')
        {
            digits[4] = (char)('2' + (int)(state % 8));
        }

        return digits;
    }

    private static ulong Seed(string prefix)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in prefix)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
