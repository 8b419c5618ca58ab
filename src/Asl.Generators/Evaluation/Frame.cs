using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Evaluation;

/// <summary>
/// The locals of one running method, lambda or local function. Lambdas and local functions see the locals of the frame
/// they were created in (<see cref="Parent"/>); a called method starts a frame of its own.
/// </summary>
internal sealed class Frame
{
    private Dictionary<ISymbol, object?>? _locals;
    private Dictionary<ISymbol, SourceOrigin>? _argumentOrigins;
    private Dictionary<ITypeParameterSymbol, ITypeSymbol>? _typeArguments;

    public Frame(Frame? parent, ISymbol? method, object? self)
    {
        Parent = parent;
        Method = method;
        Self = self ?? parent?.Self;
    }

    public Frame? Parent { get; }

    /// <summary>The method (or lambda, or the member whose initializer runs) that runs in this frame.</summary>
    public ISymbol? Method { get; }

    /// <summary><c>this</c>: the object a constructor or instance method runs on.</summary>
    public object? Self { get; }

    public void Declare(ISymbol local, object? value) => (_locals ??= new(SymbolEqualityComparer.Default))[local] = value;

    public bool TryGet(ISymbol local, out object? value)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
            if (frame._locals is not null && frame._locals.TryGetValue(local, out value)) return true;
        value = null;
        return false;
    }

    /// <summary>Assigns a local of this frame or of a frame it captures.</summary>
    public bool TrySet(ISymbol local, object? value)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
        {
            if (frame._locals is null || !frame._locals.ContainsKey(local)) continue;
            frame._locals[local] = value;
            return true;
        }
        return false;
    }

    /// <summary>Remembers where the caller's argument for <paramref name="parameter"/> is, so findings on it land there.</summary>
    public void SetArgumentOrigin(IParameterSymbol parameter, SourceOrigin location) => (_argumentOrigins ??= new(SymbolEqualityComparer.Default))[parameter] = location;

    public SourceOrigin? ArgumentOrigin(ISymbol parameter)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
            if (frame._argumentOrigins is not null && frame._argumentOrigins.TryGetValue(parameter, out var location)) return location;
        return null;
    }

    public void SetTypeArgument(ITypeParameterSymbol parameter, ITypeSymbol argument) => (_typeArguments ??= new(SymbolEqualityComparer.Default))[parameter] = argument;

    /// <summary>The type argument a generic method was called with, through the frames that enclose this one.</summary>
    public ITypeSymbol? TypeArgument(ITypeParameterSymbol parameter)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
            if (frame._typeArguments is not null && frame._typeArguments.TryGetValue(parameter, out var argument)) return argument;
        return null;
    }
}
