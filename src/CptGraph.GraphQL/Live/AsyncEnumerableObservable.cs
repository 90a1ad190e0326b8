namespace CptGraph.GraphQL.Live;

/// <summary>
/// Adapts an async stream to the <see cref="IObservable{T}"/> GraphQL.NET subscribes to: one reading loop per
/// subscriber, values pushed in order, disposal cancels the loop. An overflow goes to <paramref name="dropped"/>
/// (the transport closes the connection) instead of becoming a GraphQL error in the stream.
/// </summary>
public sealed class AsyncEnumerableObservable<T>(Func<CancellationToken, IAsyncEnumerable<T>> stream, Action<Exception>? dropped) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        var cancellation = new CancellationTokenSource();
        _ = PumpAsync(observer, cancellation.Token);
        return new Subscription(cancellation);
    }

    private async Task PumpAsync(IObserver<T> observer, CancellationToken cancellationToken)
    {
        // Scoped to this loop: every event's execution starts from OnNext below and reads the primary.
        Querying.PrimaryReads.Begin();
        try
        {
            await foreach (var value in stream(cancellationToken).WithCancellation(cancellationToken))
            {
                observer.OnNext(value);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed: nobody is listening any more.
        }
        catch (LiveBufferOverflowException ex) when (dropped is not null)
        {
            dropped(ex);
        }
        catch (Exception ex)
        {
            observer.OnError(ex);
        }
    }

    private sealed class Subscription(CancellationTokenSource cancellation) : IDisposable
    {
        public void Dispose()
        {
            cancellation.Cancel();
            cancellation.Dispose();
        }
    }
}
