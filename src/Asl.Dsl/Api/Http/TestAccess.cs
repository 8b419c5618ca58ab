using System.Runtime.CompilerServices;

// The tests check the signer against published SigV4 examples, and the endpoint and backoff rules directly.
[assembly: InternalsVisibleTo("Asl.Dsl.Tests")]
