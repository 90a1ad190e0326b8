using CptGraph.Domain.Positions;
using GraphQL.Types;

namespace CptGraph.Server.Positions;

public sealed class QuartileBandEnum : EnumerationGraphType<QuartileBand>
{
    public QuartileBandEnum()
    {
        Name = "QuartileBand";
        Description = "Which quarter of a distribution an amount falls in, by the distribution's served P25, median and P75 (each band includes its lower bound).";
        Describe(QuartileBand.First, "Below P25.");
        Describe(QuartileBand.Second, "From P25 up to (not including) the median.");
        Describe(QuartileBand.Third, "From the median up to (not including) P75.");
        Describe(QuartileBand.Fourth, "P75 or above.");
    }

    private void Describe(QuartileBand band, string description) => Values.FindByValue(band)!.Description = description;
}
