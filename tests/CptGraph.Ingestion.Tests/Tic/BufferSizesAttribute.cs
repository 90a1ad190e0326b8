using System.Reflection;
using Xunit.Sdk;

namespace CptGraph.Ingestion.Tests.Tic;

/// <summary>
/// Runs a reader test with a 16-byte buffer, so a refill (and often a growth) lands on every token boundary,
/// and with the default 64 KiB buffer, which holds every fixture whole.
/// </summary>
public sealed class BufferSizesAttribute : DataAttribute
{
    public static readonly int[] Sizes = [16, 65536];

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => Sizes.Select(size => new object[] { size });
}
