namespace CptGraph.GraphQL.Live;

/// <summary>A subscriber read too slowly and its bounded buffer filled; it was dropped and may resume from its last event id.</summary>
public sealed class LiveBufferOverflowException(int capacity)
    : Exception($"The subscriber fell {capacity} events behind and was dropped; reconnect with your last event id to resume.");
