using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Model;

/// <summary>The compilation's syntax trees by file path, built on the first lookup (most runs report nothing).</summary>
internal sealed class SourceTrees(Compilation compilation)
{
    private Dictionary<string, SyntaxTree>? _byPath;

    public SyntaxTree? Find(string path)
    {
        if (_byPath is null)
        {
            _byPath = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
                if (!_byPath.ContainsKey(tree.FilePath)) _byPath.Add(tree.FilePath, tree);
        }
        return _byPath.TryGetValue(path, out var found) ? found : null;
    }
}
