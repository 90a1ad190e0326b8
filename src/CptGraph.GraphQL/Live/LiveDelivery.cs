namespace CptGraph.GraphQL.Live;

/// <summary>A subscription's value for one event, with the event id the transports expose for resuming.</summary>
public sealed record LiveDelivery(long EventId, object Value);
