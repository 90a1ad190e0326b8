using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;

namespace CptGraph.GraphQL.Live;

public static class LiveFieldBuilderExtensions
{
    /// <summary>
    /// Makes a subscription field: reads the committed events (resuming after the client's last event id), maps
    /// each with <paramref name="map"/> (null skips it) and puts the event id in the result's
    /// <c>extensions.eventId</c>, where clients read it to resume and the SSE transport writes it as <c>id:</c>.
    /// </summary>
    public static FieldBuilder<object?, object> ResolveLive(
        this FieldBuilder<object?, object> field, Func<IResolveFieldContext, Func<LiveEvent, CancellationToken, ValueTask<object?>>> map) =>
        field
            .ResolveStream(context =>
            {
                var source = context.RequestServices!.GetRequiredService<ILiveEventSource>();
                var live = LiveRequest.From(context);
                var mapper = map(context);
                return new AsyncEnumerableObservable<object?>(ct => ReadAsync(source, live?.LastEventId, mapper, ct), live?.Dropped);
            })
            .Resolve(context =>
            {
                var delivery = (LiveDelivery)context.Source!;
                context.OutputExtensions["eventId"] = delivery.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return delivery.Value;
            });

    private static async IAsyncEnumerable<object?> ReadAsync(
        ILiveEventSource source, long? after, Func<LiveEvent, CancellationToken, ValueTask<object?>> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in source.ReadAsync(after, cancellationToken))
        {
            if (await map(e, cancellationToken) is { } value)
            {
                yield return new LiveDelivery(e.Id, value);
            }
        }
    }
}
