using System.Buffers;

namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>
/// The structural pass of the parallel reader. It reads the (decompressed) file once, following only strings,
/// escapes and depth, and cuts the elements of the root arrays <c>in_network</c> and <c>provider_references</c> into
/// <see cref="TicPiece"/>s of about <c>PieceBytes</c> each; everything else (the root facts, and the two arrays with
/// their elements taken out) goes to the skeleton, which the merging thread parses as the file itself. An item whose
/// <c>negotiated_rates</c> grows past <c>PieceBytes</c> (one code with millions of rates) has those elements cut out
/// of its in_network piece into pieces of their own, so one huge item is parsed on every core too.
/// </summary>
/// <remarks>
/// Cuts fall only at a comma between two elements, and only once the next element has started, so a piece is
/// <c>[</c> + elements + <c>]</c>. That keeps the two readings equivalent: the file is valid exactly when the
/// skeleton and every piece are (a valid array spliced into a valid document stays valid), and the first error in
/// file order lies in the first piece (or skeleton part) that has one. A key is recognised only when written without
/// escapes; the merging thread applies the same test to the root keys, and an in_network piece's parser is told
/// which of its arrays were cut (<see cref="TicPiece.IsCut"/>), so both sides always agree.
/// </remarks>
internal sealed class TicSplitter(
    Stream input,
    GzipInput? compressed,
    BytePipe skeleton,
    Action<TicPiece> publish,
    TicSplitterOptions options,
    CancellationToken cancellationToken)
{
    private const int RootDepth = 1;
    private const int RootArrayDepth = 2;
    private const int ItemDepth = 3;
    private const int RatesDepth = 4;

    private static readonly SearchValues<byte> StringStops = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> Stops = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> StopsAndComma = SearchValues.Create("\"{}[],"u8);
    private static readonly byte[] InNetworkKey = "in_network"u8.ToArray();
    private static readonly byte[] ProviderReferencesKey = "provider_references"u8.ToArray();
    private static readonly byte[] NegotiatedRatesKey = "negotiated_rates"u8.ToArray();
    private static readonly byte[] OpenBracket = "["u8.ToArray();
    private static readonly byte[] CloseBracket = "]"u8.ToArray();

    private readonly byte[] _buffer = new byte[options.ReadBytes];
    private readonly List<(long SkeletonOffset, long Removed)> _removals = [];
    private readonly object _removalsGate = new();
    private int _length;
    private long _bufferOffset;
    private int _emitFrom;

    private int _depth;
    private bool _inString;
    private bool _escape;

    // A string that started at the root's depth, in case it is the key of one of the two root arrays.
    private bool _rootString;
    private readonly byte[] _key = new byte[32];
    private int _keyLength;
    private bool _keyUnusable;
    private TicPieceKind? _keyKind;
    private bool _sawColon;

    // Inside an in_network item: where the last string started and, if it read negotiated_rates, where it ended.
    private int _stringStart = -1;
    private int _ratesKeyEnd = -1;

    // The root array being cut and its current piece.
    private TicPiece? _piece;
    private TicPieceKind _arrayKind;
    private long _arrayContentStart;
    private long _pieceContentStart;
    private long _pieceTextLength;
    private int _commas;
    private int _pendingCut = -1;
    private long _skeletonLength;

    // A big item's negotiated_rates: held back while it may still be small, then cut into pieces of its own.
    private bool _deciding;
    private readonly ArrayBufferWriter<byte> _decision = new();
    private long _ratesStart;
    private int _itemIndex;
    private TicPiece? _inner;
    private long _innerContentStart;
    private int _innerCommas;
    private int _innerPendingCut = -1;

    /// <summary>Splits the whole input; a read failure reaches whichever reader is waiting for the bytes that are missing.</summary>
    public void Run()
    {
        try
        {
            while ((_length = input.Read(_buffer)) > 0)
            {
                _emitFrom = 0;
                _pendingCut = -1;
                _innerPendingCut = -1;
                _stringStart = -1;
                _ratesKeyEnd = -1;
                Scan();
                Route(_length);
                _bufferOffset += _length;
            }

            // End of input: a piece still open has no closing bracket, so its parser reports the cut where it is.
            if (_deciding)
            {
                AppendPiece(_decision.WrittenSpan);
            }

            foreach (var open in new[] { _inner, _piece })
            {
                if (open is not null)
                {
                    open.EndsAtEndOfInput = true;
                    open.Text.Complete();
                }
            }

            skeleton.Complete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _inner?.Text.Fail(e);
            _piece?.Text.Fail(e);
            skeleton.Fail(e);
        }
    }

    /// <summary>Maps an offset in the skeleton to the file: the bytes of every cut array before it are added back.</summary>
    public long SkeletonToFile(long offset)
    {
        lock (_removalsGate)
        {
            long removed = 0;
            foreach (var (skeletonOffset, total) in _removals)
            {
                if (skeletonOffset > offset)
                {
                    break;
                }

                removed = total;
            }

            return offset + removed;
        }
    }

    private long FileOffset(int index) => _bufferOffset + index;

    private void Scan()
    {
        int i = 0;
        while (i < _length)
        {
            if (_inString)
            {
                i = ScanString(i);
            }
            else if (_depth <= RootDepth)
            {
                ScanRootByte(i);
                i++;
            }
            else
            {
                var stops = (_piece is not null && _depth == RootArrayDepth) || ((_deciding || _inner is not null) && _depth == RatesDepth)
                    ? StopsAndComma
                    : Stops;
                int found = _buffer.AsSpan(i, _length - i).IndexOfAny(stops);
                if (found < 0)
                {
                    return;
                }

                i += found;
                ScanNestedStop(i);
                i++;
            }
        }
    }

    private int ScanString(int i)
    {
        if (_escape)
        {
            _escape = false;
            _keyUnusable |= _rootString;
            _stringStart = -1;
            return i + 1;
        }

        int found = _buffer.AsSpan(i, _length - i).IndexOfAny(StringStops);
        int end = found < 0 ? _length : i + found;
        if (_rootString)
        {
            AppendKey(_buffer.AsSpan(i, end - i));
        }

        if (found < 0)
        {
            return _length;
        }

        if (_buffer[end] == '\\')
        {
            _escape = true;
            _keyUnusable |= _rootString;
            _stringStart = -1;
            return end + 1;
        }

        _inString = false;
        if (_rootString)
        {
            _rootString = false;
            _keyKind = _keyUnusable ? null
                : _key.AsSpan(0, _keyLength).SequenceEqual(InNetworkKey) ? TicPieceKind.InNetwork
                : _key.AsSpan(0, _keyLength).SequenceEqual(ProviderReferencesKey) ? TicPieceKind.ProviderReferences
                : null;
            _sawColon = false;
        }
        else if (_depth == ItemDepth && _stringStart >= 0 && CanCutRates
            && _buffer.AsSpan(_stringStart, end - _stringStart).SequenceEqual(NegotiatedRatesKey))
        {
            _ratesKeyEnd = end;
        }

        return end + 1;
    }

    // Only the items of a cut in_network array, one at a time.
    private bool CanCutRates => _piece is not null && _arrayKind == TicPieceKind.InNetwork && !_deciding && _inner is null;

    private void AppendKey(ReadOnlySpan<byte> bytes)
    {
        if (_keyUnusable || _keyLength + bytes.Length > _key.Length)
        {
            _keyUnusable = true;
            return;
        }

        bytes.CopyTo(_key.AsSpan(_keyLength));
        _keyLength += bytes.Length;
    }

    // The root object's own bytes are few (its keys and small values), so they are looked at one by one.
    private void ScanRootByte(int i)
    {
        byte b = _buffer[i];
        switch (b)
        {
            case (byte)'"':
                _inString = true;
                _rootString = _depth == RootDepth;
                _keyLength = 0;
                _keyUnusable = false;
                _keyKind = null;
                return;
            case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                return;
            case (byte)':':
                _sawColon = _keyKind is not null && !_sawColon;
                if (!_sawColon)
                {
                    _keyKind = null;
                }

                return;
            case (byte)'[':
                _depth++;
                if (_depth == RootArrayDepth && _keyKind is { } kind && _sawColon)
                {
                    StartArray(i, kind);
                }

                break;
            case (byte)'{':
                _depth++;
                break;
            case (byte)'}' or (byte)']':
                _depth--;
                break;
        }

        _keyKind = null;
        _sawColon = false;
    }

    private void ScanNestedStop(int i)
    {
        byte b = _buffer[i];
        int ratesKeyEnd = _ratesKeyEnd;
        _ratesKeyEnd = -1;
        if (_pendingCut >= 0 || _innerPendingCut >= 0)
        {
            // The element after the comma has started: only now is the cut certain to leave no trailing comma.
            if (b is (byte)'{' or (byte)'[' or (byte)'"')
            {
                if (_pendingCut >= 0)
                {
                    Cut(_pendingCut);
                }
                else
                {
                    CutInner(_innerPendingCut);
                }
            }

            _pendingCut = -1;
            _innerPendingCut = -1;
        }

        switch (b)
        {
            case (byte)'"':
                _inString = true;
                _rootString = false;
                _stringStart = i + 1;
                break;
            case (byte)'{':
                _depth++;
                break;
            case (byte)'[':
                if (_depth == ItemDepth && ratesKeyEnd >= 0 && IsColonGap(ratesKeyEnd + 1, i))
                {
                    StartDeciding(i);
                }

                _depth++;
                break;
            case (byte)'}' or (byte)']':
                _depth--;
                if (_depth == ItemDepth && (_deciding || _inner is not null))
                {
                    EndRates(i);
                }
                else if (_depth == RootDepth && _piece is not null)
                {
                    EndArray(i);
                }

                break;
            case (byte)',':
                if (_depth == RatesDepth)
                {
                    _innerCommas++;
                    if (_deciding && FileOffset(i) - _ratesStart >= options.PieceBytes)
                    {
                        DecideToCut();
                    }

                    if (_inner is not null && FileOffset(i) - _innerContentStart >= options.PieceBytes)
                    {
                        _innerPendingCut = i;
                    }
                }
                else
                {
                    _commas++;
                    if (FileOffset(i) - _pieceContentStart >= options.PieceBytes)
                    {
                        _pendingCut = i;
                    }
                }

                break;
        }
    }

    // Between a key's closing quote and the '[' of its value: whitespace, one colon, whitespace.
    private bool IsColonGap(int from, int to)
    {
        int colons = 0;
        for (int k = from; k < to; k++)
        {
            switch (_buffer[k])
            {
                case (byte)':': colons++; break;
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n': break;
                default: return false;
            }
        }

        return colons == 1;
    }

    private void StartArray(int i, TicPieceKind kind)
    {
        WriteSkeleton(i + 1);
        _arrayKind = kind;
        _arrayContentStart = FileOffset(i) + 1;
        _commas = 0;
        OpenPiece(FileOffset(i), firstIndex: 0);
    }

    private void Cut(int comma)
    {
        AppendPiece(_buffer.AsSpan(_emitFrom, comma - _emitFrom));
        AppendPiece(CloseBracket);
        _piece!.Text.Complete();
        _emitFrom = comma + 1;
        OpenPiece(FileOffset(comma), firstIndex: _commas);
    }

    private void EndArray(int i)
    {
        // IsLast before the closing bracket: the piece's parser can finish (and the merge ask IsLast) as soon as it reads it.
        var piece = _piece!;
        piece.IsLast = true;
        AppendPiece(_buffer.AsSpan(_emitFrom, i - _emitFrom));
        AppendPiece(CloseBracket);
        piece.Text.Complete();
        _piece = null;
        _emitFrom = i;
        lock (_removalsGate)
        {
            long before = _removals.Count > 0 ? _removals[^1].Removed : 0;
            _removals.Add((_skeletonLength, before + (FileOffset(i) - _arrayContentStart)));
        }
    }

    private void OpenPiece(long bracketOffset, int firstIndex)
    {
        var path = _arrayKind == TicPieceKind.InNetwork ? "$.in_network" : "$.provider_references";
        var origin = new JsonTokenOrigin(bracketOffset, path, firstIndex, Depth: 1, compressed);
        _piece = new TicPiece(_arrayKind, origin, new BytePipe(options.PipeBytes, cancellationToken), options.ResultCapacity);
        _pieceTextLength = 0;
        AppendPiece(OpenBracket);
        _pieceContentStart = bracketOffset + 1;
        publish(_piece);
    }

    // An item's negotiated_rates opens: its bytes are held (not yet in the item's piece) until it is known to be big.
    private void StartDeciding(int i)
    {
        AppendPiece(_buffer.AsSpan(_emitFrom, i - _emitFrom));
        _emitFrom = i;
        _deciding = true;
        _decision.Clear();
        _ratesStart = FileOffset(i);
        _itemIndex = _commas;
        _innerCommas = 0;
        if (options.PieceBytes == 0)
        {
            DecideToCut();
        }
    }

    // Big: the item's piece gets an empty array where the elements were (the parser is told it was cut), and the
    // elements held so far open the first negotiated_rates piece, whose text starts with the real '['.
    private void DecideToCut()
    {
        var piece = _piece!;
        piece.AddCut(piece.Origin.StartOffset + _pieceTextLength);
        AppendPiece(OpenBracket);
        var origin = new JsonTokenOrigin(_ratesStart, $"$.in_network[{_itemIndex}].negotiated_rates", 0, Depth: 3, compressed);
        _inner = new TicPiece(TicPieceKind.NegotiatedRates, origin, new BytePipe(options.PipeBytes, cancellationToken), options.ResultCapacity);
        _inner.Text.Append(_decision.WrittenSpan);
        _decision.Clear();
        _innerContentStart = _ratesStart + 1;
        _deciding = false;
        publish(_inner);
    }

    private void CutInner(int comma)
    {
        _inner!.Text.Append(_buffer.AsSpan(_emitFrom, comma - _emitFrom));
        _inner.Text.Append(CloseBracket);
        _inner.Text.Complete();
        _emitFrom = comma + 1;
        var origin = new JsonTokenOrigin(FileOffset(comma), $"$.in_network[{_itemIndex}].negotiated_rates", _innerCommas, Depth: 3, compressed);
        _inner = new TicPiece(TicPieceKind.NegotiatedRates, origin, new BytePipe(options.PipeBytes, cancellationToken), options.ResultCapacity);
        _inner.Text.Append(OpenBracket);
        _innerContentStart = FileOffset(comma) + 1;
        publish(_inner);
    }

    // The item's negotiated_rates closes at i: a small one goes back into the item's piece whole; a cut one ends its
    // last piece, and the item's piece gets the closing bracket, with the bytes it never saw recorded.
    private void EndRates(int i)
    {
        if (_deciding)
        {
            AppendPiece(_decision.WrittenSpan);
            _decision.Clear();
            _deciding = false;
            return;
        }

        var inner = _inner!;
        inner.IsLast = true;
        inner.Text.Append(_buffer.AsSpan(_emitFrom, i - _emitFrom));
        inner.Text.Append(CloseBracket);
        inner.Text.Complete();
        _inner = null;
        _emitFrom = i;
        var piece = _piece!;
        piece.AddRemoval(piece.Origin.StartOffset + _pieceTextLength, FileOffset(i) - (_ratesStart + 1));
    }

    // Everything from _emitFrom to the buffer's end belongs to the open negotiated_rates piece, the held bytes, the
    // open root-array piece, or else the skeleton.
    private void Route(int end)
    {
        var bytes = _buffer.AsSpan(_emitFrom, end - _emitFrom);
        if (_inner is not null)
        {
            _inner.Text.Append(bytes);
        }
        else if (_deciding)
        {
            _decision.Write(bytes);
            if (FileOffset(end) - _ratesStart >= options.PieceBytes)
            {
                _emitFrom = end;
                DecideToCut();
            }
        }
        else if (_piece is not null)
        {
            AppendPiece(bytes);
        }
        else
        {
            WriteSkeleton(end);
        }

        _emitFrom = end;
    }

    private void AppendPiece(ReadOnlySpan<byte> bytes)
    {
        _piece!.Text.Append(bytes);
        _pieceTextLength += bytes.Length;
    }

    private void WriteSkeleton(int end)
    {
        skeleton.Append(_buffer.AsSpan(_emitFrom, end - _emitFrom));
        _skeletonLength += end - _emitFrom;
        _emitFrom = end;
    }
}
