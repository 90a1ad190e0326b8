using System.Buffers;

namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>
/// The structural pass of the parallel reader. It reads the (decompressed) file once, following only strings,
/// escapes and depth, and cuts the elements of the root arrays <c>in_network</c> and <c>provider_references</c> into
/// <see cref="TicPiece"/>s of about <c>pieceBytes</c> each; everything else (the root facts, and the two arrays with
/// their elements taken out) goes to the skeleton, which the merging thread parses as the file itself.
/// </summary>
/// <remarks>
/// Cuts fall only at a comma between two elements, and only once the next element has started, so a piece is
/// <c>[</c> + elements + <c>]</c>. That keeps the two readings equivalent: the file is valid exactly when the
/// skeleton and every piece are (a valid array spliced into a valid document stays valid), and the first error in
/// file order lies in the first piece (or skeleton part) that has one. A root key is recognised only when written
/// without escapes; the merging thread applies the same test, so both agree on which arrays were cut.
/// </remarks>
internal sealed class TicSplitter(
    Stream input,
    GzipInput? compressed,
    BytePipe skeleton,
    Action<TicPiece> publish,
    TicSplitterOptions options,
    CancellationToken cancellationToken)
{
    private static readonly SearchValues<byte> StringStops = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> Stops = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> StopsAndComma = SearchValues.Create("\"{}[],"u8);
    private static readonly byte[] InNetworkKey = "in_network"u8.ToArray();
    private static readonly byte[] ProviderReferencesKey = "provider_references"u8.ToArray();
    private static readonly byte[] OpenBracket = "["u8.ToArray();
    private static readonly byte[] CloseBracket = "]"u8.ToArray();

    private readonly byte[] _buffer = new byte[options.ReadBytes];
    private readonly List<(long SkeletonOffset, long Removed)> _removals = [];
    private readonly Lock _removalsGate = new();
    private int _length;
    private long _bufferOffset;
    private int _emitFrom;

    private int _depth;
    private bool _inString;
    private bool _escape;

    // A string that started at the root's depth, in case it is the key of one of the two arrays.
    private bool _rootString;
    private readonly byte[] _key = new byte[32];
    private int _keyLength;
    private bool _keyUnusable;
    private TicPieceKind? _keyKind;
    private bool _sawColon;

    // The array being cut, and its current piece.
    private TicPiece? _piece;
    private TicPieceKind _arrayKind;
    private long _arrayContentStart;
    private long _pieceContentStart;
    private int _commas;
    private int _pendingCut = -1;
    private long _skeletonLength;

    /// <summary>Splits the whole input; a read failure reaches whichever reader is waiting for the bytes that are missing.</summary>
    public void Run()
    {
        try
        {
            while ((_length = input.Read(_buffer)) > 0)
            {
                _emitFrom = 0;
                _pendingCut = -1;
                Scan();
                Route(_length);
                _bufferOffset += _length;
            }

            // End of input: a piece still open has no closing bracket, so its parser reports the cut where it is.
            _piece?.Text.Complete();
            skeleton.Complete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
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

    private void Scan()
    {
        int i = 0;
        while (i < _length)
        {
            if (_inString)
            {
                i = ScanString(i);
            }
            else if (_depth <= 1)
            {
                ScanRootByte(i);
                i++;
            }
            else
            {
                var stops = _piece is not null && _depth == 2 ? StopsAndComma : Stops;
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

        return end + 1;
    }

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
                _rootString = _depth == 1;
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
                if (_depth == 2 && _keyKind is { } kind && _sawColon)
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
        if (_pendingCut >= 0)
        {
            // The element after the comma has started: only now is the cut certain to leave no trailing comma.
            if (b is (byte)'{' or (byte)'[' or (byte)'"')
            {
                Cut(_pendingCut);
            }

            _pendingCut = -1;
        }

        switch (b)
        {
            case (byte)'"':
                _inString = true;
                _rootString = false;
                break;
            case (byte)'{' or (byte)'[':
                _depth++;
                break;
            case (byte)'}' or (byte)']':
                _depth--;
                if (_depth == 1 && _piece is not null)
                {
                    EndArray(i);
                }

                break;
            case (byte)',':
                _commas++;
                if (_bufferOffset + i - _pieceContentStart >= options.PieceBytes)
                {
                    _pendingCut = i;
                }

                break;
        }
    }

    private void StartArray(int i, TicPieceKind kind)
    {
        WriteSkeleton(i + 1);
        _arrayKind = kind;
        _arrayContentStart = _bufferOffset + i + 1;
        _commas = 0;
        OpenPiece(_bufferOffset + i, firstIndex: 0);
    }

    private void Cut(int comma)
    {
        _piece!.Text.Append(_buffer.AsSpan(_emitFrom, comma - _emitFrom));
        _piece.Text.Append(CloseBracket);
        _piece.Text.Complete();
        _emitFrom = comma + 1;
        OpenPiece(_bufferOffset + comma, firstIndex: _commas);
    }

    private void EndArray(int i)
    {
        var piece = _piece!;
        piece.Text.Append(_buffer.AsSpan(_emitFrom, i - _emitFrom));
        piece.Text.Append(CloseBracket);
        piece.IsLast = true;
        piece.Text.Complete();
        _piece = null;
        _emitFrom = i;
        lock (_removalsGate)
        {
            long before = _removals.Count > 0 ? _removals[^1].Removed : 0;
            _removals.Add((_skeletonLength, before + (_bufferOffset + i - _arrayContentStart)));
        }
    }

    private void OpenPiece(long bracketOffset, int firstIndex)
    {
        var path = _arrayKind == TicPieceKind.InNetwork ? "$.in_network" : "$.provider_references";
        var origin = new JsonTokenOrigin(bracketOffset, path, firstIndex, Depth: 1, compressed);
        _piece = new TicPiece(_arrayKind, origin, new BytePipe(options.PipeBytes, cancellationToken), options.ResultCapacity);
        _piece.Text.Append(OpenBracket);
        _pieceContentStart = bracketOffset + 1;
        publish(_piece);
    }

    // Everything from _emitFrom to the buffer's end belongs to the open piece, or else to the skeleton.
    private void Route(int end)
    {
        if (_piece is not null)
        {
            _piece.Text.Append(_buffer.AsSpan(_emitFrom, end - _emitFrom));
            _emitFrom = end;
        }
        else
        {
            WriteSkeleton(end);
        }
    }

    private void WriteSkeleton(int end)
    {
        skeleton.Append(_buffer.AsSpan(_emitFrom, end - _emitFrom));
        _skeletonLength += end - _emitFrom;
        _emitFrom = end;
    }
}
