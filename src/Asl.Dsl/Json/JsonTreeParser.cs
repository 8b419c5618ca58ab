using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Asl.Diagnostics;

namespace Asl.Json;

/// <summary>What <see cref="JsonTreeParser"/> produced: a tree, or where and why it stopped.</summary>
internal readonly record struct ParsedTree(JsonTree? Tree, int FailureLine, int FailureColumn);

/// <summary>
/// Reads UTF-8 JSON into a <see cref="JsonTree"/> without recursion, recording where every key and value
/// starts. Reports invalid UTF-8 and syntax errors (A01), duplicate keys in any object (A04), and nesting
/// deeper than <see cref="MaxDepth"/> (which would overflow the stack of code that walks values recursively).
/// </summary>
internal static class JsonTreeParser
{
    /// <summary>The deepest nesting accepted; AWS payload limits keep real definitions far below it.</summary>
    public const int MaxDepth = 512;

    // Above this member count, duplicate keys are found with a hash set instead of pairwise comparison.
    private const int PairwiseDuplicateLimit = 16;

    /// <param name="utf8">The text.</param>
    /// <param name="diagnostics">Where findings go.</param>
    /// <param name="keep">The array <paramref name="utf8"/> lies in (from <paramref name="keepStart"/>) when it may be kept
    /// for positions as it is; null to keep a copy.</param>
    /// <param name="keepStart">Where <paramref name="utf8"/> starts in <paramref name="keep"/>.</param>
    public static ParsedTree Parse(ReadOnlySpan<byte> utf8, List<AslDiagnostic> diagnostics, byte[]? keep = null, int keepStart = 0)
    {
        if (!Utf8.IsValid(utf8)) return InvalidUtf8(utf8, diagnostics);

        var tree = new JsonTree(Math.Max(16, utf8.Length / 8),
            keep is null ? TextPositions.Copy(utf8) : TextPositions.Over(keep, keepStart, utf8.Length));
        var offset = 0;
        // The reader's own limit sits above ours so that ours is the one that reports.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth + 2 });
        var frames = new List<Frame>();
        // Children of the open containers; each container's children are moved into the tree when it closes.
        var openMembers = new List<MemberData>();
        var openItems = new List<int>();
        var strings = StringCache.ForThread;
        string? pendingName = null;
        var pendingOffset = 0;
        var inObject = false; // whether the innermost open container is an object (kept here, not looked up per value)
        try
        {
            while (reader.Read())
            {
                offset = (int)reader.TokenStartIndex;
                int node;
                JsonNodeKind kind;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = ReadString(ref reader, strings);
                        pendingOffset = offset;
                        continue;
                    case JsonTokenType.EndObject:
                    {
                        var frame = frames[^1];
                        frames.RemoveAt(frames.Count - 1);
                        inObject = frames.Count > 0 && frames[^1].IsObject;
                        var count = openMembers.Count - frame.FirstChild;
                        var members = CollectionsMarshal.AsSpan(openMembers).Slice(frame.FirstChild, count);
                        tree.SetMembers(frame.Node, members);
                        // Checked on the contiguous list before it is cleared; only a repeat goes to the slow path.
                        if (count > 1 && HasRepeatedKey(members)) ReportDuplicateKeys(tree, frame.Node, frames, frame.Token, diagnostics);
                        openMembers.RemoveRange(frame.FirstChild, count);
                        continue;
                    }
                    case JsonTokenType.EndArray:
                    {
                        var frame = frames[^1];
                        frames.RemoveAt(frames.Count - 1);
                        inObject = frames.Count > 0 && frames[^1].IsObject;
                        var count = openItems.Count - frame.FirstChild;
                        tree.SetItems(frame.Node, CollectionsMarshal.AsSpan(openItems).Slice(frame.FirstChild, count));
                        openItems.RemoveRange(frame.FirstChild, count);
                        continue;
                    }
                    case JsonTokenType.StartObject:
                        node = tree.AddNode(kind = JsonNodeKind.Object, offset, null);
                        break;
                    case JsonTokenType.StartArray:
                        node = tree.AddNode(kind = JsonNodeKind.Array, offset, null);
                        break;
                    case JsonTokenType.String:
                        node = tree.AddNode(kind = JsonNodeKind.String, offset, ReadString(ref reader, strings));
                        break;
                    case JsonTokenType.Number:
                        node = tree.AddNode(kind = JsonNodeKind.Number, offset, strings.Get(reader.ValueSpan));
                        break;
                    case JsonTokenType.True:
                        node = tree.AddNode(kind = JsonNodeKind.True, offset, null);
                        break;
                    case JsonTokenType.False:
                        node = tree.AddNode(kind = JsonNodeKind.False, offset, null);
                        break;
                    case JsonTokenType.Null:
                        node = tree.AddNode(kind = JsonNodeKind.Null, offset, null);
                        break;
                    default:
                        continue;
                }

                // The key or index that leads to the value; an index is formatted only if a pointer needs it.
                var token = new Token("", -1);
                if (inObject)
                {
                    openMembers.Add(new MemberData(pendingName!, pendingOffset, node));
                    token = new Token(pendingName!, -1);
                }
                else if (frames.Count > 0)
                {
                    token = new Token(null, openItems.Count - frames[^1].FirstChild);
                    openItems.Add(node);
                }

                if (kind is JsonNodeKind.Object or JsonNodeKind.Array)
                {
                    if (frames.Count >= MaxDepth)
                    {
                        var (line, column) = tree.Positions.At(offset);
                        diagnostics.Add(AslRules.JsonNestingTooDeep.At(PointerOf(frames, token), MaxDepth, line, column));
                        return new ParsedTree(null, line, column);
                    }
                    inObject = kind == JsonNodeKind.Object;
                    frames.Add(new Frame(node, token, inObject ? openMembers.Count : openItems.Count, inObject));
                }
            }
        }
        catch (JsonException error)
        {
            return SyntaxError(utf8, error, reader.BytesConsumed, diagnostics);
        }
        catch (InvalidOperationException)
        {
            // GetString refuses escapes that decode to an unpaired surrogate ("\ud800"): such text has no
            // Unicode string value, so it is reported like any other unreadable JSON, at the token.
            const string message = "this string has an escaped unpaired surrogate (such as \\ud800); escape both halves of a surrogate pair or remove it";
            var (line, column) = tree.Positions.At(offset);
            diagnostics.Add(AslRules.InvalidJson.At(JsonPointer.Root, message, line, column));
            return new ParsedTree(null, line, column);
        }
        return new ParsedTree(tree, 1, 1);
    }

    /// <summary>The current string or key; only text with escapes needs the reader's unescaping.</summary>
    private static string ReadString(ref Utf8JsonReader reader, StringCache strings) =>
        reader.ValueIsEscaped ? reader.GetString()! : strings.Get(reader.ValueSpan);

    private static ParsedTree SyntaxError(ReadOnlySpan<byte> utf8, JsonException error, long bytesConsumed, List<AslDiagnostic> diagnostics)
    {
        int line, column;
        if (error.LineNumber is { } lineNumber && error.BytePositionInLine is { } bytePosition)
        {
            var lineStart = TextCursor.LineStart(utf8, lineNumber);
            var end = (int)Math.Min(utf8.Length, lineStart + bytePosition);
            line = (int)lineNumber + 1;
            column = Encoding.UTF8.GetCharCount(utf8[lineStart..end]) + 1;
        }
        else
        {
            var cursor = new TextCursor(utf8);
            cursor.MoveTo((int)bytesConsumed);
            line = cursor.Line;
            column = cursor.Column;
        }
        diagnostics.Add(AslRules.InvalidJson.At(JsonPointer.Root, Describe(error), line, column));
        return new ParsedTree(null, line, column);
    }

    /// <summary>The reader's message without its own 0-based position suffix (we give 1-based line and column).</summary>
    private static string Describe(JsonException error)
    {
        var message = error.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (suffix >= 0) message = message[..suffix];
        message = message.TrimEnd();
        if (message.EndsWith('.')) message = message[..^1];
        return message;
    }

    private static ParsedTree InvalidUtf8(ReadOnlySpan<byte> utf8, List<AslDiagnostic> diagnostics)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done) break;
            offset += consumed;
        }
        var cursor = new TextCursor(utf8);
        cursor.MoveTo(offset);
        var message = $"byte 0x{utf8[Math.Min(offset, utf8.Length - 1)]:X2} at offset {offset} is not valid UTF-8; save the file as UTF-8";
        diagnostics.Add(AslRules.InvalidJson.At(JsonPointer.Root, message, cursor.Line, cursor.Column));
        return new ParsedTree(null, cursor.Line, cursor.Column);
    }

    /// <summary>Whether two of the members have the same key.</summary>
    private static bool HasRepeatedKey(ReadOnlySpan<MemberData> members)
    {
        if (members.Length > PairwiseDuplicateLimit)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in members)
                if (!seen.Add(member.Name)) return true;
            return false;
        }
        for (var i = 1; i < members.Length; i++)
        {
            var name = members[i].Name;
            for (var j = 0; j < i; j++)
                if (JsonTree.SameKey(name, members[j].Name)) return true;
        }
        return false;
    }

    /// <summary>Marks every member hidden by a later one with the same key, and reports each repeated key.</summary>
    private static void ReportDuplicateKeys(JsonTree tree, int objectNode, List<Frame> parents, Token token, List<AslDiagnostic> diagnostics)
    {
        var count = tree.Node(objectNode).Count;
        var members = new MemberList(tree, tree.Node(objectNode).First);

        // Walking backwards, every key already seen is repeated later: that member is shadowed.
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = count - 1; i >= 0; i--)
        {
            var name = members[i].Name;
            if (occurrences.TryGetValue(name, out var seen))
            {
                members[i] = members[i].AsShadowed();
                occurrences[name] = seen + 1;
            }
            else
            {
                occurrences[name] = 1;
            }
        }

        // One finding per repeated key, at its last occurrence (the value the reader keeps), naming the first.
        var objectPointer = PointerOf(parents, token);
        for (var i = 0; i < count; i++)
        {
            var first = members[i];
            if (!first.Shadowed || occurrences[first.Name] == 0) continue;
            var (line, column) = tree.Positions.At(first.Offset);
            diagnostics.Add(AslRules.DuplicateKey.At(JsonPointer.Append(objectPointer, first.Name), first.Name, occurrences[first.Name], line, column));
            occurrences[first.Name] = 0;
        }
    }

    /// <summary>The pointer of the value reached through <paramref name="lastToken"/> from the innermost open container.</summary>
    private static string PointerOf(List<Frame> frames, Token lastToken)
    {
        if (frames.Count == 0) return JsonPointer.Root;
        var pointer = JsonPointer.Root;
        // Frame 0 is the root, which has no token.
        for (var i = 1; i < frames.Count; i++) pointer = frames[i].Token.AppendTo(pointer);
        return lastToken.AppendTo(pointer);
    }

    /// <summary>An open object or array, the key or index that leads to it, and where its children start.</summary>
    private readonly record struct Frame(int Node, Token Token, int FirstChild, bool IsObject);

    /// <summary>An (unescaped) object key, or an array index when <see cref="Name"/> is null.</summary>
    private readonly record struct Token(string? Name, int Index)
    {
        public string AppendTo(string pointer) => Name is null ? JsonPointer.Append(pointer, Index) : JsonPointer.Append(pointer, Name);
    }

    /// <summary>The members of one object, by position.</summary>
    private readonly struct MemberList(JsonTree tree, int first)
    {
        public ref MemberData this[int i] => ref tree.Member(first + i);
    }
}
