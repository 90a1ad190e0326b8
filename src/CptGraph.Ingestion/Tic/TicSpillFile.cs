using System.Text;
using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The pending buffer's overflow: a temporary file of length-prefixed binary records, written once and read
/// back once in order. The file is unlinked as soon as it is opened, so no crash (not even kill -9) can leave
/// it behind; the open handle keeps it alive until the ingest ends.
/// </summary>
internal sealed class TicSpillFile : IDisposable
{
    private const byte ItemTag = 1;
    private const byte EntryTag = 2;
    private const byte ArrangementTag = 3;

    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private TicItem? _lastItem;

    private TicSpillFile(FileStream file)
    {
        _file = file;
        _writer = new BinaryWriter(new BufferedStream(file, 1 << 16), Encoding.UTF8, leaveOpen: true);
    }

    public static TicSpillFile Create()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cptgraph-spill-{Guid.NewGuid():N}.bin");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        File.Delete(path);
        return new TicSpillFile(file);
    }

    public void Write(TicItem item, TicRateEntry entry)
    {
        // Entries of one item arrive together: the item is written once, before its first entry.
        if (!ReferenceEquals(item, _lastItem))
        {
            _writer.Write(ItemTag);
            _writer.Write(item.Arrangement);
            _writer.Write(item.BillingCodeType);
            _writer.Write(item.BillingCode);
            WriteOptional(item.Description);
            _lastItem = item;
        }

        _writer.Write(EntryTag);
        WriteList(entry.ProviderKeys);
        WriteList(entry.ReferenceIds);
        _writer.Write7BitEncodedInt(entry.Prices.Count);
        foreach (var price in entry.Prices)
        {
            _writer.Write(price.NegotiatedType);
            _writer.Write((byte)price.Kind);
            _writer.Write(price.Rate);
            _writer.Write(price.ExpirationDate?.DayNumber ?? -1);
            _writer.Write((byte)price.BillingClass);
            _writer.Write(price.ModifierKey);
            _writer.Write(price.ServiceCodes);
        }

    }

    public void Write(TicArrangement arrangement)
    {
        _writer.Write(ArrangementTag);
        _writer.Write(arrangement.Arrangement);
        _writer.Write(arrangement.BillingCode);
        _writer.Write(arrangement.BillingCodeType);
        WriteList(arrangement.ContainedCodes);
        _writer.Write(arrangement.RateCount);
    }

    /// <summary>Everything written, in order; an entry comes with the item it belongs to.</summary>
    public IEnumerable<(TicItem? Item, TicRateEntry? Entry, TicArrangement? Arrangement)> ReadAll()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(new BufferedStream(_file, 1 << 16), Encoding.UTF8, leaveOpen: true);
        TicItem? item = null;
        while (reader.BaseStream.Position < _file.Length)
        {
            switch (reader.ReadByte())
            {
                case ItemTag:
                    item = new TicItem(reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadOptional(reader));
                    break;
                case EntryTag:
                    yield return (item, ReadEntry(reader), null);
                    break;
                case ArrangementTag:
                    yield return (null, null, new TicArrangement(reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadList(reader), reader.ReadInt32()));
                    break;
                default:
                    throw new InvalidDataException("the ingest's spill file is corrupt");
            }
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }

    private static TicRateEntry ReadEntry(BinaryReader reader)
    {
        var entry = new TicRateEntry();
        entry.ProviderKeys.AddRange(ReadList(reader));
        entry.ReferenceIds.AddRange(ReadList(reader));
        var prices = reader.Read7BitEncodedInt();
        for (var i = 0; i < prices; i++)
        {
            var negotiatedType = reader.ReadString();
            var kind = (TicPriceKind)reader.ReadByte();
            var rate = reader.ReadDecimal();
            var day = reader.ReadInt32();
            var billingClass = (TicBillingClass)reader.ReadByte();
            var modifierKey = reader.ReadString();
            var serviceCodes = reader.ReadString();
            entry.Prices.Add(new TicPrice(negotiatedType, kind, rate, day < 0 ? null : DateOnly.FromDayNumber(day), billingClass, modifierKey, serviceCodes));
        }

        return entry;
    }

    private void WriteList(IReadOnlyList<string> values)
    {
        _writer.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            _writer.Write(value);
        }
    }

    private static List<string> ReadList(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        var values = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(reader.ReadString());
        }

        return values;
    }

    private void WriteOptional(string? value)
    {
        _writer.Write(value is not null);
        if (value is not null)
        {
            _writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
