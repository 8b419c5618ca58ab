namespace Asl.Validation;

/// <summary>Rules of the catalogue; see the class's partial files.</summary>
internal sealed partial class MapAndErrorRules : ValidationPass
{
    public override void Run(ValidationContext context)
    {
    }
}
