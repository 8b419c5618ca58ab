using Asl.Collections;
using Asl.Deployment;
using Asl.Model;

namespace Asl.Generators.Model;

/// <summary>
/// What the attribute transform takes from one [StateMachine] class: the facts about the class and the model its
/// Define() evaluates to, as plain equatable data. Roslyn runs the transform again on every compilation change;
/// when the result is equal, the later steps (validation, writing, emitting) are skipped.
/// </summary>
/// <param name="Class">The class the members are generated into.</param>
/// <param name="Machine">The evaluated model, or null when Define() could not be evaluated.</param>
/// <param name="Origins">Where each field of the model came from in the C# source, by JSON pointer.</param>
/// <param name="Diagnostics">What evaluation reported (usage errors, evaluation failures).</param>
/// <param name="Children">The [StateMachine] classes that Define() starts with StartExecution&lt;T&gt;, by machine name.</param>
/// <param name="DefinitionFile">The definition file the class names instead of Define(), until the file is attached; else null.</param>
internal sealed record EvaluatedMachine(
    MachineClass Class,
    StateMachine? Machine,
    EquatableArray<OriginInfo> Origins,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<ChildClass> Children,
    DefinitionFileReference? DefinitionFile = null);

/// <summary>A <c>DefinitionFile</c> as the attribute writes it.</summary>
/// <param name="Path">The path as written.</param>
/// <param name="SourceDirectory">The folder of the C# file that declares the class (for a path resolved without a project folder).</param>
/// <param name="Location">The attribute argument, where a missing file is reported.</param>
internal sealed record DefinitionFileReference(string Path, string SourceDirectory, LocationInfo? Location);

/// <summary>The [StateMachine] class and what it declares.</summary>
/// <param name="Settings">How the machine is deployed (logging, tracing, tags, role, key, alias).</param>
/// <param name="SettingOrigins">Where each setting is written, by setting name (tags by <c>Tags/INDEX</c>).</param>
/// <param name="JsonNaming">The <c>JsonNaming</c> member the machine declares (<c>CamelCase</c>, ...), or null for names as written.</param>
internal sealed record MachineClass(
    string ClassName,
    string? Namespace,
    string Accessibility,
    EquatableArray<string> ContainingTypes,
    string MachineName,
    string MachineType,
    string? InputType,
    string? OutputType,
    LocationInfo? NameLocation,
    DeploymentSettings Settings,
    EquatableArray<OriginInfo> SettingOrigins,
    bool IsPartial,
    string? JsonNaming = null);

/// <summary>A child machine's name and its [StateMachine] class (fully qualified, <c>global::</c> included).</summary>
internal sealed record ChildClass(string MachineName, string ClassName);

/// <summary>The C# source of a model field, found by its JSON pointer.</summary>
/// <param name="Pointer">The field's JSON pointer.</param>
/// <param name="Location">The C# expression that set it.</param>
/// <param name="Method">The builder method whose call set it (for example <c>Parameters</c>); empty for a payload member.</param>
internal sealed record OriginInfo(string Pointer, LocationInfo Location, string Method = "");
