using Asl.Model;
using CsCheck;

namespace Asl.Core.Tests.Generators;

/// <summary>CsCheck generators of state machines that AWS accepts.</summary>
internal static class ValidMachines
{
    /// <summary>
    /// Random valid machines: every state type, both query languages (whole-machine and per state), nested
    /// Parallel and Map (inline, legacy Iterator, distributed), Choice rules with operands of the right type,
    /// Retry/Catch in a valid order, payload templates with valid paths and intrinsic calls, variables
    /// assigned before they are read.
    /// </summary>
    public static Gen<StateMachine> Any { get; } = new MachineGen();

    private sealed class MachineGen : Gen<StateMachine>
    {
        public override StateMachine Generate(PCG pcg, Size? min, out Size size)
        {
            var draw = new Draw(pcg);
            var machine = new MachineBuilder(draw).Build();
            size = new Size(draw.Units);
            return machine;
        }
    }
}
