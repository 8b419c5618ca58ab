using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Asl.Diagnostics;

namespace Asl.Json;

/// <summary>
/// Reads ASL JSON into the model. Never throws on bad input: every problem becomes a finding, and a
/// definition whose shape is broken still yields the best model that can be built.
/// </summary>
public static partial class AslReader
{
    /// <summary>The longest definition AWS accepts, in characters (the CreateStateMachine quota).</summary>
    public const int MaxDefinitionLength = 1_048_576;

    /// <summary>Reads a definition from a string (a leading byte order mark is skipped).</summary>
    public static AslReadResult Read(string json)
    {
        if (json is null || json.Length == 0) return Empty();
        return ReadUtf8(Encoding.UTF8.GetBytes(json), json.Length, owned: true);
    }

    /// <summary>Reads a definition from UTF-8 bytes (a leading byte order mark is skipped); the result keeps a copy of them.</summary>
    public static AslReadResult Read(ReadOnlySpan<byte> utf8) => ReadUtf8(utf8, CharacterCount(utf8), null);

    /// <summary>
    /// Reads a definition from a UTF-8 byte array (a leading byte order mark is skipped). The result keeps the array
    /// itself, not a copy, to locate findings (<see cref="AslReadResult.Locations"/>): do not change it while you use them.
    /// </summary>
    public static AslReadResult Read(byte[] utf8)
    {
        if (utf8 is null) throw new ArgumentNullException(nameof(utf8));
        return ReadUtf8(utf8, CharacterCount(utf8), owned: true);
    }

    // Characters never outnumber bytes, so only long inputs need counting.
    private static int CharacterCount(ReadOnlySpan<byte> utf8) =>
        utf8.Length > MaxDefinitionLength ? Encoding.UTF8.GetCharCount(utf8) : utf8.Length;

    private static AslReadResult ReadUtf8(byte[] utf8, int length, bool owned) => ReadUtf8(utf8, length, owned ? utf8 : null);

    /// <param name="utf8">The text.</param>
    /// <param name="length">Its length in characters.</param>
    /// <param name="array">The array that holds exactly <paramref name="utf8"/>, when the result may keep it; null to copy.</param>
    private static AslReadResult ReadUtf8(ReadOnlySpan<byte> utf8, int length, byte[]? array)
    {
        var start = 0;
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
            start = 3;
            length--;
        }
        if (IsBlank(utf8)) return Empty();
        var diagnostics = new List<AslDiagnostic>();
        if (length > MaxDefinitionLength) diagnostics.Add(AslRules.DefinitionTooLong.At(JsonPointer.Root, length));
        var tree = JsonTreeParser.Parse(utf8, diagnostics, array, start);
        if (tree.Tree is not { } jsonTree)
            return new AslReadResult(null, SourceMap.ForFailure(tree.FailureLine, tree.FailureColumn), diagnostics, isParseFailure: true);

        var map = SourceMap.ForTree(jsonTree);
        var root = jsonTree.Root;
        if (!root.IsObject)
        {
            diagnostics.Add(AslRules.RootNotObject.At(JsonPointer.Root, JsonValues.KindName(root)));
            return new AslReadResult(null, map, diagnostics, isParseFailure: false);
        }
        var machine = new ModelReader(diagnostics).ReadMachine(root);
        return new AslReadResult(machine, map, diagnostics, isParseFailure: false);
    }

    private static AslReadResult Empty() =>
        new(null, SourceMap.ForFailure(1, 1), [AslRules.EmptyDefinition.At(JsonPointer.Root)], isParseFailure: true);

    private static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
