using System.Text.Json;

using CptGraph.Domain.Providers;
using CptGraph.Ingestion.Tic.Parallel;

namespace CptGraph.Ingestion.Tic;

// Provider groups, inline (1.x) or via top-level provider_references (1.x and 2.x).
internal sealed partial class TicFileParser
{
    private void ReadProviderReferences()
    {
        if (json.ReadStartArrayOrNull())
        {
            if (IsCut())
            {
                ReadPieces(TicPieceKind.ProviderReferences);
            }
            else
            {
                while (json.NextElement())
                {
                    ReadProviderReference();
                }
            }
        }

        _referencesRead = true;
    }

    private void ReadProviderReference()
    {
        json.Expect(JsonTokenType.StartObject, "an object");
        string? id = null;
        List<string>? providerKeys = null;
        string? location = null;
        while (json.NextProperty(out string name))
        {
            switch (name)
            {
                case "provider_group_id": id = json.ReadNumberText(); break;
                case "provider_groups": ReadProviderGroups(providerKeys ??= []); break;

                // A remote provider-reference file (v1), fetched by Remote/RemoteProviderReferences when the run allows.
                case "location": location = json.ReadOptionalString(); break;
                default: json.Skip(); break;
            }
        }

        if (id is null)
        {
            throw json.Error("provider reference has no provider_group_id");
        }

        if (_pieceResults is not null)
        {
            _pieceResults.Add(new TicParsedReference(id, providerKeys, location, json.TokenOffset), _pieceCancellation);
            return;
        }

        if (!_references.TryAdd(id, providerKeys, location))
        {
            throw json.Error($"duplicate provider_group_id {id}");
        }
    }

    private void ReadReferenceIds(List<string> ids)
    {
        if (!json.ReadStartArrayOrNull())
        {
            return;
        }

        while (json.NextElement())
        {
            json.Expect(JsonTokenType.Number, "a number");
            ids.Add(json.GetNumberText());
        }
    }

    private void ReadProviderGroups(List<string> providerKeys)
    {
        if (!json.ReadStartArrayOrNull())
        {
            return;
        }

        while (json.NextElement())
        {
            json.Expect(JsonTokenType.StartObject, "an object");
            string? providerKey = null;
            string npis = "";
            while (json.NextProperty(out string name))
            {
                switch (name)
                {
                    case "tin": providerKey = ReadTin(); break;
                    case "npi": npis = ReadNpis(); break;
                    default: json.Skip(); break;
                }
            }

            // The NPIs travel inside the key string (TicProviderKey) so references, spills and pieces carry them unchanged.
            providerKeys.Add(TicProviderKey.Compose(providerKey ?? throw json.Error("provider group has no tin"), npis));
        }
    }

    // npi lists hold numbers or strings, and often [0] for "none": NpiSet keeps only real NPIs, canonically ordered.
    private string ReadNpis()
    {
        if (!json.ReadStartArrayOrNull())
        {
            return "";
        }

        List<string> npis = [];
        while (json.NextElement())
        {
            npis.Add(json.TokenType switch
            {
                JsonTokenType.Number => json.GetNumberText(),
                JsonTokenType.String => json.GetString(),
                _ => throw json.Error("npi must hold numbers or strings"),
            });
        }

        return NpiSet.From(npis);
    }

    private string ReadTin()
    {
        json.ReadStartObject();
        string? type = null;
        string? value = null;
        while (json.NextProperty(out string name))
        {
            switch (name)
            {
                case "type": type = json.ReadString(); break;
                case "value": value = json.ReadString(); break;
                default: json.Skip(); break;
            }
        }

        if (type is null || value is null)
        {
            throw json.Error("tin needs both a type and a value");
        }

        return $"tin:{type.Trim().ToLowerInvariant()}:{value.Trim()}";
    }
}
