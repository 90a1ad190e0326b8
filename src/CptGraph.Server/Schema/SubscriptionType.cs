using GraphQL.Types;

namespace CptGraph.Server.Schema;

/// <summary>The root subscription; each feature adds its fields through an <see cref="ISubscriptionFields"/>.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> features)
    {
        Name = "Subscription";
        Description = "Live events, announced when an ingest (in any process) commits the data they describe. " +
            "Every event's result carries extensions.eventId; send it back to resume after a reconnect.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
