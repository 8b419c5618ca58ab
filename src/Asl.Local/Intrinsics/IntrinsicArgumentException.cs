namespace Asl.Local.Intrinsics;

/// <summary>An argument of an intrinsic function has the wrong type or value; the message says which and why.</summary>
internal sealed class IntrinsicArgumentException(string message) : Exception(message);
